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
	 * 警校联动: a police liaison sees schools and security status of the area, no personal
	 * data.
	 */
	POLICE_LIAISON(Kind.BUREAU);

	public enum Kind {

		SYSTEM, BUREAU, SCHOOL, SELF

	}

	private final Kind kind;

	Role(Kind kind) {
		this.kind = kind;
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
