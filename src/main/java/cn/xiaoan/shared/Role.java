package cn.xiaoan.shared;

/**
 * The roles of the platform. Bureau roles carry a region scope, school roles a school
 * scope; what each may do is declared by the {@link Permission}s themselves.
 */
public enum Role {

	SYSTEM_ADMIN(Kind.SYSTEM),

	BUREAU_ADMIN(Kind.BUREAU),

	BUREAU_SAFETY_OFFICER(Kind.BUREAU),

	PRINCIPAL(Kind.SCHOOL),

	SCHOOL_SAFETY_OFFICER(Kind.SCHOOL),

	HEAD_TEACHER(Kind.SCHOOL),

	TEACHER(Kind.SCHOOL),

	GUARD(Kind.SCHOOL),

	STUDENT(Kind.SELF),

	PARENT(Kind.SELF),

	/**
	 * 警校联动: a police liaison of a partner department; like every partner it sees only the
	 * {@link DataKind}s granted to its account, never personal data, and changes nothing.
	 */
	POLICE_LIAISON(Kind.BUREAU, true),

	/** 交通运输部门: school buses and the roads around schools. */
	TRANSPORT_LIAISON(Kind.BUREAU, true),

	/** 市场监管部门: canteens and food safety. */
	MARKET_SUPERVISION_LIAISON(Kind.BUREAU, true),

	/** 卫生健康部门: health, epidemics, school clinics. */
	HEALTH_LIAISON(Kind.BUREAU, true),

	/** 第三方评估机构 (专业服务机构): assessors commissioned by a bureau. */
	ASSESSOR(Kind.BUREAU, true);

	public enum Kind {

		SYSTEM, BUREAU, SCHOOL, SELF

	}

	private final Kind kind;

	private final boolean partner;

	Role(Kind kind) {
		this(kind, false);
	}

	Role(Kind kind, boolean partner) {
		this.kind = kind;
		this.partner = partner;
	}

	/**
	 * A partner department outside the education system: read-only, region scope, limited
	 * to the data kinds granted to the account.
	 */
	public boolean isPartner() {
		return partner;
	}

	public Kind kind() {
		return kind;
	}

	public boolean can(Permission permission) {
		return permission.isGrantedTo(this);
	}

	/**
	 * Staff work for a bureau or a school; students and parents use the self-service
	 * pages. (Every role's session expires after the same idle time, policy
	 * SESSION_IDLE_MINUTES.)
	 */
	public boolean isStaff() {
		return kind != Kind.SELF;
	}

	/** The message key of the role's display name. */
	public String messageKey() {
		return "role." + name();
	}

}
