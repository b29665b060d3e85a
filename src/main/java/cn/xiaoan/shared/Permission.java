package cn.xiaoan.shared;

/**
 * What a role may do; module APIs check these together with the caller's
 * {@link DataScope}.
 */
public enum Permission {

	/** See schools, grades, classes of the scope. */
	SCHOOL_READ,
	/** Create and edit schools, import them. */
	SCHOOL_EDIT,
	/** See staff, students and guardians of the scope (personal data, masked). */
	PEOPLE_READ,
	/** Create, edit and import staff and students. */
	PEOPLE_EDIT,
	/** Manage accounts and API tokens in the scope. */
	ACCOUNT_ADMIN,
	/** Override policy settings for the scope's region. */
	POLICY_EDIT,
	/** See guard staffing and the "三个100%" flags. */
	SECURITY_READ,
	/** Record a school's security facilities. */
	SECURITY_EDIT,
	/** Browse the audit trail of the scope. */
	AUDIT_READ,
	/** Report a hazard (排查) of a school in scope; bureaus report spot-check findings. */
	HAZARD_REPORT,
	/** Register, grade, plan, rectify, verify and close a school's hazards. */
	HAZARD_MANAGE,
	/** List major hazards for supervision (挂牌督办), accept them, record summons. */
	HAZARD_SUPERVISE,
	/** See one's own record or one's children. */
	SELF_SERVICE,
	/** Issue safety-education campaigns (专题活动) to the schools of the scope. */
	EDUCATION_CAMPAIGN,
	/** Assign lessons and campaigns to classes as homework, remind non-completers. */
	EDUCATION_ASSIGN,
	/** See participation, completion, exam and pass rates of the scope. */
	EDUCATION_STATS,

	// training (安全教育实训基地)
	/** Run a training base: courses, sessions, attendance, certificates. */
	TRAINING_MANAGE,
	/** Book sessions of the training bases around the school for its classes. */
	TRAINING_BOOK

}
