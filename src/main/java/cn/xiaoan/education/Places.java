package cn.xiaoan.education;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where a school or a caller stands in the region tree. */
@Component
class Places {

	private final JdbcClient jdbc;

	Places(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String schoolRegion(long schoolId) {
		return jdbc.sql("select region_code from org.school where id = :id")
			.param("id", schoolId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFound("school", schoolId));
	}

	/**
	 * A head teacher's class, to which their view is limited (-1 when they have none);
	 * null for everyone else.
	 */
	Long headClass(CurrentUser caller) {
		if (caller.role() != cn.xiaoan.shared.Role.HEAD_TEACHER) {
			return null;
		}
		java.util.List<Long> head = jdbc.sql("select head_class_id from people.staff where id = :id")
			.param("id", caller.personId() == null ? -1L : caller.personId())
			.query(Long.class)
			.list();
		return head.isEmpty() || head.get(0) == null ? -1L : head.get(0);
	}

	/**
	 * The caller's region code: '' for the system, the bureau's region, the school's
	 * region for its staff, students and parents; null when there is no school.
	 */
	String of(CurrentUser caller) {
		DataScope scope = caller.scope();
		return switch (scope.kind()) {
			case ALL -> "";
			case REGION -> RegionCode.fromPrefix(scope.regionPrefix()).value();
			case SCHOOL, SELF -> scope.schoolId() == null ? null : schoolRegion(scope.schoolId());
		};
	}

}
