package cn.xiaoan.risk;

/** A category of risk points (组织管理, 消防, 食堂食品...). */
public record RiskCategory(String code, String name) {

}
