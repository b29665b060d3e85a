package cn.xiaoan.shared;

/**
 * The categories of school safety work used by the risk library, checklists and hazards
 * alike (潍坊 practice: 13–15 categories per school inventory).
 */
public enum SafetyCategory {

	ORGANISATION("组织管理"), SECURITY("安全保卫"), SURROUNDINGS("周边环境"), BUILDINGS("校舍"), FIRE("消防"), KEY_AREAS("重点部位"),
	CANTEEN("食堂食品"), HEALTH("卫生"), TEACHING("教育教学"), LABORATORY("实验室/危化品"), TRAFFIC("交通/校车"), SPORTS("体育/大型活动"),
	EMERGENCY("应急");

	private final String chineseName;

	SafetyCategory(String chineseName) {
		this.chineseName = chineseName;
	}

	public String chineseName() {
		return chineseName;
	}

	public String messageKey() {
		return "category." + name();
	}

}
