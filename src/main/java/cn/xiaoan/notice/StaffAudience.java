package cn.xiaoan.notice;

import java.util.EnumSet;
import java.util.Set;

import cn.xiaoan.shared.Role;

/** Which staff of each addressed school a notice is for. */
public enum StaffAudience {

	NONE(Set.of()), LEADERS(EnumSet.of(Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER)),
	HEAD_TEACHERS(EnumSet.of(Role.HEAD_TEACHER)),
	ALL_STAFF(EnumSet.of(Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER, Role.HEAD_TEACHER, Role.TEACHER, Role.GUARD));

	private final Set<Role> roles;

	StaffAudience(Set<Role> roles) {
		this.roles = roles;
	}

	public Set<Role> roles() {
		return roles;
	}

	/** The audience whose roles a notice stored ({@code ,PRINCIPAL,TEACHER,}). */
	static StaffAudience of(String roles) {
		for (StaffAudience a : new StaffAudience[] { ALL_STAFF, LEADERS, HEAD_TEACHERS }) {
			if (a.roles.stream().allMatch(r -> roles.contains("," + r.name() + ","))) {
				return a;
			}
		}
		return NONE;
	}

	public String messageKey() {
		return "notice.staff." + name();
	}

}
