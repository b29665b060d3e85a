package cn.xiaoan.shared;

/**
 * The kinds of data a partner department (公安, 交通, 市场监管, 卫生健康, 第三方评估机构) may be shown,
 * chosen one by one by the administrator who creates the partner's account. Each read
 * {@link Permission} that may be shared names its kind
 * ({@link Permission#readOf(DataKind, String, Role...)}); a partner holds a permission
 * only if its kind was granted, and never a permission without a kind (writes, personal
 * data).
 */
public enum DataKind {

	/** 学校基本信息: schools, grades and classes of the region. */
	SCHOOL_BASIC,

	/** 安保力量 / 三个100%: guard staffing and security facilities. */
	SECURITY,

	/** 隐患台账: the hazard ledger and its statistics. */
	HAZARDS,

	/** 风险清单: risk points, their levels and the four-colour map. */
	RISKS,

	/** 安全教育统计: participation, completion and pass rates. */
	EDUCATION_STATS,

	/** 实训基地: training bases, courses and sessions. */
	TRAINING,

	/**
	 * 校车: school buses, their permits, drivers, routes and daily checks (no student
	 * names).
	 */
	SCHOOL_BUSES,

	/**
	 * 校园周边: venues and issues around schools, their cases and the 护学岗 posts (no student
	 * names).
	 */
	SURROUNDINGS,

	/**
	 * 警校联动: clues and cases a school or bureau forwards to the police, with the minimum
	 * personal data (never a student's name).
	 */
	POLICE_LIAISON;

	/** The message key of the kind's display name. */
	public String messageKey() {
		return "datakind." + name();
	}

}
