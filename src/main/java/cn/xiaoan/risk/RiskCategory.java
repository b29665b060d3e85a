package cn.xiaoan.risk;

/** A category of risk points (组织管理, 消防, 食堂食品...). */
record RiskCategory(String code, String name) {

}
