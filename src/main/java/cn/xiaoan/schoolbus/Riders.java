package cn.xiaoan.schoolbus;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.BusinessRuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The students of a route or a run, read from people's published roster (number, name,
 * class; nothing more), and the parents' accounts an alert reaches. Callers check who may
 * see the names before asking.
 */
@Component
class Riders {

	private static final String ROSTER = """
			select r.student_id, r.name, coalesce(c.name, ''), r.class_id
			from people.class_roster r left join org.class_label c on c.class_id = r.class_id""";

	private final JdbcClient jdbc;

	private final OrgManagement org;

	Riders(JdbcClient jdbc, OrgManagement org) {
		this.jdbc = jdbc;
		this.org = org;
	}

	void requireOfSchool(long schoolId, Collection<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return;
		}
		long found = jdbc
			.sql("select count(*) from people.class_roster r where r.school_id = :s and r.student_id = any(:ids)")
			.param("s", schoolId)
			.param("ids", new HashSet<>(studentIds).toArray(Long[]::new))
			.query(Long.class)
			.single();
		if (found != new HashSet<>(studentIds).size()) {
			throw new BusinessRuleViolation("studentIds", "schoolbus.route.studentUnknown");
		}
	}

	List<Rider> ofRoute(long routeId) {
		return jdbc
			.sql(ROSTER + " join schoolbus.route_student rs on rs.student_id = r.student_id"
					+ " where rs.route_id = :id order by c.name, r.student_no")
			.param("id", routeId)
			.query((rs, n) -> new Rider(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), null, null))
			.list();
	}

	List<Rider> ofRun(long runId) {
		return jdbc.sql("""
				select r.student_id, r.name, coalesce(c.name, ''), r.class_id, rc.boarded_at, rc.alighted_at
				from schoolbus.run_check rc join people.class_roster r on r.student_id = rc.student_id
				left join org.class_label c on c.class_id = r.class_id
				where rc.run_id = :id order by c.name, r.student_no""")
			.param("id", runId)
			.query((rs, n) -> new Rider(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class)))
			.list();
	}

	/** The parents' accounts of these students. */
	List<Long> parentAccounts(Collection<Long> studentIds) {
		return jdbc
			.sql("select account_id from people.student_account where role = 'PARENT' and student_id = any(:ids)")
			.param("ids", studentIds.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	/** The students of a school, for choosing who rides (the school's leaders only). */
	List<Rider> ofSchool(long schoolId) {
		return jdbc.sql(ROSTER + " where r.school_id = :s order by c.name, r.student_no limit 2000")
			.param("s", schoolId)
			.query((rs, n) -> new Rider(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), null, null))
			.list();
	}

	String regionOfSchool(long schoolId) {
		return org.findSchool(schoolId).map(s -> s.regionCode()).orElse(null);
	}

}
