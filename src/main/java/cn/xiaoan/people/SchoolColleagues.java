package cn.xiaoan.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff of a school as their colleagues and the modules working with classes see them
 * (care pairs staff with students by class and subject): who leads and who teaches which
 * class. Any staff role whose scope reaches the school may ask; no personal data beyond
 * name and post leaves here.
 */
@Service
@Transactional(readOnly = true)
public class SchoolColleagues {

	private final JdbcClient jdbc;

	private final OrgManagement org;

	SchoolColleagues(JdbcClient jdbc, OrgManagement org) {
		this.jdbc = jdbc;
		this.org = org;
	}

	/** Every staff member of a school in the caller's scope, by name. */
	public List<SchoolColleague> of(long schoolId) {
		CurrentUser caller = Callers.current();
		if (!caller.role().isStaff() || caller.role().isPartner()) {
			throw new AccessDenied("colleagues are known to staff");
		}
		SchoolSummary school = org.school(schoolId);
		caller.requireSchool(school.id(), school.regionCode());
		Map<Long, Set<Long>> taught = new HashMap<>();
		jdbc.sql("select staff_id, class_id from people.teaching_class where school_id = :s")
			.param("s", schoolId)
			.query(rs -> {
				taught.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
			});
		List<SchoolColleague> staff = new ArrayList<>();
		jdbc.sql("select id, name, post_code, head_class_id from people.staff where school_id = :s order by name, id")
			.param("s", schoolId)
			.query(rs -> {
				long id = rs.getLong(1);
				staff.add(new SchoolColleague(id, rs.getString(2), rs.getString(3), (Long) rs.getObject(4),
						taught.getOrDefault(id, Set.of())));
			});
		return staff;
	}

	/**
	 * One staff member of a school in the caller's scope (one row, for per-request
	 * checks).
	 */
	public Optional<SchoolColleague> find(long schoolId, long staffId) {
		CurrentUser caller = Callers.current();
		if (!caller.role().isStaff() || caller.role().isPartner()) {
			throw new AccessDenied("colleagues are known to staff");
		}
		SchoolSummary school = org.school(schoolId);
		caller.requireSchool(school.id(), school.regionCode());
		Set<Long> taught = new HashSet<>(
				jdbc.sql("select class_id from people.teaching_class where school_id = :s and staff_id = :id")
					.param("s", schoolId)
					.param("id", staffId)
					.query(Long.class)
					.list());
		return jdbc.sql("select name, post_code, head_class_id from people.staff where school_id = :s and id = :id")
			.param("s", schoolId)
			.param("id", staffId)
			.query((rs, n) -> new SchoolColleague(staffId, rs.getString(1), rs.getString(2), (Long) rs.getObject(3),
					taught))
			.optional();
	}

}
