package cn.xiaoan.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.policy.PolicyManagement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When an at-risk student's next follow-up is due, kept in {@code care.follow_up} on
 * every flag and visit so the overdue counts are a range scan: from the last visit (or
 * the earliest flag when there was none) the shortest interval of the student's flags, or
 * the follow-up the last visit planned when that comes sooner. A student without flags
 * owes no follow-up.
 */
@Component
class FollowUps {

	private final JdbcClient jdbc;

	private final PolicyManagement policy;

	private final Clock clock;

	FollowUps(JdbcClient jdbc, PolicyManagement policy, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.clock = clock;
	}

	void refresh(StudentRef student) {
		List<RiskFlag> flags = jdbc.sql("select flag from care.flag where student_id = :s")
			.param("s", student.id())
			.query((rs, n) -> RiskFlag.valueOf(rs.getString(1)))
			.list();
		if (flags.isEmpty()) {
			jdbc.sql("delete from care.follow_up where student_id = :s").param("s", student.id()).update();
			return;
		}
		int days = flags.stream()
			.mapToInt(f -> policy.effective(f.interval(), student.regionCode()).asInt())
			.min()
			.orElse(30);
		record Last(LocalDate visited, LocalDate planned) {
		}
		Last last = jdbc.sql("""
				select visit_date, next_follow_up from care.visit where student_id = :s
				order by visit_date desc, id desc limit 1""")
			.param("s", student.id())
			.query((rs, n) -> new Last(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
			.optional()
			.orElse(null);
		LocalDate flagged = jdbc.sql("select min(set_at) from care.flag where student_id = :s")
			.param("s", student.id())
			.query(java.time.OffsetDateTime.class)
			.single()
			.atZoneSameInstant(clock.getZone())
			.toLocalDate();
		LocalDate due = due(last == null ? null : last.visited(), last == null ? null : last.planned(), flagged, days);
		jdbc.sql("""
				insert into care.follow_up (student_id, school_id, region_code, class_id, due_on)
				values (:s, :school, :region, :class, :due)
				on conflict (student_id) do update set due_on = excluded.due_on, class_id = excluded.class_id""")
			.param("s", student.id())
			.param("school", student.schoolId())
			.param("region", student.regionCode())
			.param("class", student.classId())
			.param("due", due)
			.update();
	}

	/**
	 * The rule: the interval runs from the last visit, or from the flag without one; a
	 * planned follow-up may bring it forward, never push it back.
	 */
	static LocalDate due(LocalDate lastVisit, LocalDate planned, LocalDate flagged, int days) {
		LocalDate from = lastVisit != null && lastVisit.isAfter(flagged) ? lastVisit : flagged;
		LocalDate latest = from.plusDays(days);
		return planned != null && planned.isBefore(latest) ? planned : latest;
	}

	java.time.OffsetDateTime now() {
		return java.time.OffsetDateTime.now(clock);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

}
