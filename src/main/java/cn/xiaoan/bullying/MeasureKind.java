package cn.xiaoan.bullying;

/**
 * Measures after a decision (方案; 中小学教育惩戒规则（试行）): education, apology, the statutory
 * disciplinary grades (警告、严重警告、记过、留校察看, and 开除学籍 for ordinary senior high school students
 * only — checked by {@link DisciplineByStage}), psychological support for the victim,
 * referral to the police where it may be a crime, transfer to a 专门学校 for grave cases.
 */
public enum MeasureKind {

	EDUCATION, APOLOGY, WARNING, SERIOUS_WARNING, DEMERIT, PROBATION, PSYCHOLOGICAL_SUPPORT, POLICE_REFERRAL,
	SPECIAL_SCHOOL, EXPULSION;

	/** A disciplinary grade (纪律处分), given to the student who bullied. */
	public boolean isDiscipline() {
		return this == WARNING || this == SERIOUS_WARNING || this == DEMERIT || this == PROBATION || this == EXPULSION;
	}

	/**
	 * The side a measure concerns: support is the victim's, everything else the other
	 * side's.
	 */
	public Side concerns() {
		return this == PSYCHOLOGICAL_SUPPORT ? Side.VICTIM : Side.ACTOR;
	}

	public String messageKey() {
		return "bullying.measure." + name();
	}

}
