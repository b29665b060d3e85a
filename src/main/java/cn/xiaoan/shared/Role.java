package cn.xiaoan.shared;

import java.util.EnumSet;
import java.util.Set;

import static cn.xiaoan.shared.Permission.*;

/**
 * The roles of the platform. Bureau roles carry a region scope, school roles a school
 * scope.
 */
public enum Role {

	SYSTEM_ADMIN(Kind.SYSTEM, EnumSet.complementOf(EnumSet.of(SELF_SERVICE))),

	BUREAU_ADMIN(Kind.BUREAU,
			EnumSet.of(SCHOOL_READ, SCHOOL_EDIT, PEOPLE_READ, PEOPLE_EDIT, ACCOUNT_ADMIN, POLICY_EDIT, SECURITY_READ,
					AUDIT_READ, HAZARD_REPORT, HAZARD_SUPERVISE, EDUCATION_CAMPAIGN, EDUCATION_STATS, TRAINING_MANAGE)),

	BUREAU_SAFETY_OFFICER(Kind.BUREAU,
			EnumSet.of(SCHOOL_READ, PEOPLE_READ, SECURITY_READ, AUDIT_READ, HAZARD_REPORT, HAZARD_SUPERVISE,
					EDUCATION_CAMPAIGN, EDUCATION_STATS, TRAINING_MANAGE)),

	PRINCIPAL(Kind.SCHOOL,
			EnumSet.of(SCHOOL_READ, SCHOOL_EDIT, PEOPLE_READ, PEOPLE_EDIT, ACCOUNT_ADMIN, SECURITY_READ, SECURITY_EDIT,
					AUDIT_READ, HAZARD_REPORT, HAZARD_MANAGE, EDUCATION_ASSIGN, EDUCATION_STATS, TRAINING_BOOK)),

	SCHOOL_SAFETY_OFFICER(Kind.SCHOOL,
			EnumSet.of(SCHOOL_READ, PEOPLE_READ, PEOPLE_EDIT, SECURITY_READ, SECURITY_EDIT, HAZARD_REPORT,
					HAZARD_MANAGE, EDUCATION_ASSIGN, EDUCATION_STATS, TRAINING_BOOK)),

	HEAD_TEACHER(Kind.SCHOOL, EnumSet.of(SCHOOL_READ, PEOPLE_READ, HAZARD_REPORT, EDUCATION_ASSIGN, EDUCATION_STATS)),

	TEACHER(Kind.SCHOOL, EnumSet.of(SCHOOL_READ, HAZARD_REPORT, EDUCATION_ASSIGN, EDUCATION_STATS)),

	GUARD(Kind.SCHOOL, EnumSet.of(SCHOOL_READ, SECURITY_READ, HAZARD_REPORT)),

	STUDENT(Kind.SELF, EnumSet.of(SELF_SERVICE)),

	PARENT(Kind.SELF, EnumSet.of(SELF_SERVICE)),

	/**
	 * 警校联动: a police liaison sees schools and security status of the area, no personal
	 * data.
	 */
	POLICE_LIAISON(Kind.BUREAU, EnumSet.of(SCHOOL_READ, SECURITY_READ));

	public enum Kind {

		SYSTEM, BUREAU, SCHOOL, SELF

	}

	private final Kind kind;

	private final Set<Permission> permissions;

	Role(Kind kind, Set<Permission> permissions) {
		this.kind = kind;
		this.permissions = Set.copyOf(permissions);
	}

	public Kind kind() {
		return kind;
	}

	public boolean can(Permission permission) {
		return permissions.contains(permission);
	}

	/**
	 * Staff sessions expire after 30 idle minutes; students and parents on phones keep
	 * theirs longer.
	 */
	public boolean isStaff() {
		return kind != Kind.SELF;
	}

	/** The message key of the role's display name. */
	public String messageKey() {
		return "role." + name();
	}

}
