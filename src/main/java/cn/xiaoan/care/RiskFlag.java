package cn.xiaoan.care;

import cn.xiaoan.policy.PolicySetting;

/**
 * Why a student is at risk; each brings its follow-up interval, a policy setting.
 */
public enum RiskFlag {

	/** 留守儿童 */
	LEFT_BEHIND(PolicySetting.CARE_FOLLOW_UP_DAYS_LEFT_BEHIND),
	/** 单亲家庭 */
	SINGLE_PARENT(PolicySetting.CARE_FOLLOW_UP_DAYS_SINGLE_PARENT),
	/** 心理问题 */
	PSYCHOLOGICAL(PolicySetting.CARE_FOLLOW_UP_DAYS_PSYCHOLOGICAL),
	/** 经济困难 */
	FINANCIAL(PolicySetting.CARE_FOLLOW_UP_DAYS_FINANCIAL),
	/** 残疾 */
	DISABILITY(PolicySetting.CARE_FOLLOW_UP_DAYS_DISABILITY),
	/** 学业困难 */
	ACADEMIC(PolicySetting.CARE_FOLLOW_UP_DAYS_ACADEMIC),
	/** 行为偏差 */
	BEHAVIOUR(PolicySetting.CARE_FOLLOW_UP_DAYS_BEHAVIOUR);

	private final PolicySetting interval;

	RiskFlag(PolicySetting interval) {
		this.interval = interval;
	}

	PolicySetting interval() {
		return interval;
	}

	public String messageKey() {
		return "care.flag." + name();
	}

}
