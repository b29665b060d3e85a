package cn.xiaoan.bullying;

/**
 * Measures after a decision (方案; 中小学教育惩戒规则（试行）): education, apology, the statutory
 * disciplinary grades (警告、严重警告、记过、留校察看 — no expulsion, which compulsory education
 * forbids), psychological support for the victim, referral to the police where it may be
 * a crime, transfer to a 专门学校 for grave cases.
 */
public enum MeasureKind {

	EDUCATION, APOLOGY, WARNING, SERIOUS_WARNING, DEMERIT, PROBATION, PSYCHOLOGICAL_SUPPORT, POLICE_REFERRAL,
	SPECIAL_SCHOOL;

	public String messageKey() {
		return "bullying.measure." + name();
	}

}
