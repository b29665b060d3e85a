package cn.xiaoan.notice;

import java.util.List;
import java.util.Objects;

import cn.xiaoan.people.PeopleManagement;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Where the caller receives notices: a school's staff at their school ({@code S:} for a
 * bureau's notice, {@code T:} for their own school's), a bureau at its region
 * ({@code R:}), a student or parent at the classes of the children ({@code C:}). The
 * notice's roles or its student/parent flags must also name the caller.
 */
@Component
class NoticeAudience {

	/**
	 * The condition a unit {@code u} of a notice {@code n} must meet to reach the caller.
	 */
	static final String REACHES = " " + """
			u.unit_key = any(:keys) and n.status <> 'DRAFT'
			and ((u.class_id is null and n.roles like :role)
			  or (u.class_id is not null and ((:student and n.to_students) or (:parent and n.to_parents))))""";

	private final PeopleManagement people;

	NoticeAudience(PeopleManagement people) {
		this.people = people;
	}

	Keys of(CurrentUser caller) {
		DataScope scope = caller.scope();
		Role role = caller.role();
		List<String> keys = switch (scope.kind()) {
			case SCHOOL -> List.of("S:" + scope.schoolId(), "T:" + scope.schoolId());
			case REGION ->
				role.isPartner() ? List.of() : List.of("R:" + RegionCode.fromPrefix(scope.regionPrefix()).value());
			case SELF -> people.myStudents()
				.stream()
				.map(PeopleManagement.StudentDetail::schoolClass)
				.filter(Objects::nonNull)
				.map(c -> "C:" + c.id())
				.distinct()
				.toList();
			case ALL -> List.of();
		};
		return new Keys(keys, "%," + role.name() + ",%", role == Role.STUDENT, role == Role.PARENT);
	}

	/** The caller's unit keys and what the notice's flags must say to reach them. */
	record Keys(List<String> keys, String role, boolean student, boolean parent) {

		java.util.Map<String, Object> params() {
			return java.util.Map.of("keys", keys.toArray(String[]::new), "role", role, "student", student, "parent",
					parent);
		}

		boolean none() {
			return keys.isEmpty();
		}

	}

}
