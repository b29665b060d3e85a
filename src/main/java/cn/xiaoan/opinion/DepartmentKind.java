package cn.xiaoan.opinion;

/** The departments a case links (公安, 卫健, 宣传/网信, 交通, 上级教育局, 学校…). */
public enum DepartmentKind {

	POLICE, HEALTH, PROPAGANDA, TRANSPORT, UPPER_BUREAU, SCHOOL, OTHER;

	/** The message key of the display name. */
	public String messageKey() {
		return "opinion.department." + name();
	}

}
