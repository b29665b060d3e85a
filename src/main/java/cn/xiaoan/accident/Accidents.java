package cn.xiaoan.accident;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The accident tables as the module's rules need them. Checks scope on load; the callers
 * check the role.
 */
@Component
class Accidents {

	/** The school and who reported, to decide who may see it. */
	record Row(AccidentSummary summary, long reportedBy) {
	}

	private final JdbcClient jdbc;

	Accidents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The accident if the caller's scope reaches its school; locked when {@code lock}. An
	 * accident out of scope is not found.
	 */
	Row load(long id, CurrentUser caller, Instant now, boolean lock) {
		Row row = jdbc.sql(AccidentRows.SELECT + " where a.id = :id" + (lock ? " for update of a" : ""))
			.param("id", id)
			.param("now", utc(now))
			.query((rs, n) -> new Row(AccidentRows.summary(rs), rs.getLong("reported_by")))
			.optional()
			.orElseThrow(() -> new NotFound("accident", id));
		if (!caller.scope().coversSchool(row.summary().schoolId(), row.summary().regionCode())) {
			throw new NotFound("accident", id);
		}
		return row;
	}

	ReportChain chain(long id) {
		return new ReportChain(jdbc.sql("""
				select from_level, from_region, to_level, to_region, due_at, sent_at, sent_by_name, late_minutes,
				       received_at, received_by_name
				from accident.hop where accident_id = :id order by case from_level when 'SCHOOL' then 0
				       when 'COUNTY' then 1 when 'CITY' then 2 else 3 end""")
			.param("id", id)
			.query((rs, n) -> new Hop(ReportLevel.valueOf(rs.getString(1)), rs.getString(2),
					ReportLevel.valueOf(rs.getString(3)), rs.getString(4),
					instant(rs.getObject(5, OffsetDateTime.class)), instant(rs.getObject(6, OffsetDateTime.class)),
					rs.getString(7), (Integer) rs.getObject(8), instant(rs.getObject(9, OffsetDateTime.class)),
					rs.getString(10)))
			.list());
	}

	void insertHops(long id, List<Hop> hops) {
		for (Hop hop : hops) {
			jdbc.sql("""
					insert into accident.hop (accident_id, from_level, from_region, to_level, to_region, due_at)
					values (:id, :f, :fr, :t, :tr, :due)""")
				.param("id", id)
				.param("f", hop.from().name())
				.param("fr", hop.fromRegion())
				.param("t", hop.to().name())
				.param("tr", hop.toRegion())
				.param("due", utc(hop.due()))
				.update();
			save(id, hop);
		}
	}

	void save(long id, Hop hop) {
		jdbc.sql("""
				update accident.hop set sent_at = :sent, sent_by_name = :sentBy, late_minutes = :late,
				       received_at = :received, received_by_name = :receivedBy
				where accident_id = :id and from_level = :f""")
			.param("sent", utc(hop.sentAt()))
			.param("sentBy", hop.sentBy())
			.param("late", hop.lateMinutes())
			.param("received", utc(hop.receivedAt()))
			.param("receivedBy", hop.receivedBy())
			.param("id", id)
			.param("f", hop.from().name())
			.update();
	}

	List<AccidentDetail.VictimView> victims(long id) {
		return jdbc.sql("""
				select id, person_kind, initials, grade_name, age, injury, student_id from accident.victim
				where accident_id = :id order by id""")
			.param("id", id)
			.query((rs, n) -> new AccidentDetail.VictimView(rs.getLong(1), PersonKind.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), (Integer) rs.getObject(5), Injury.valueOf(rs.getString(6))))
			.list();
	}

	/** victim id → student id of the roll, for the school's own view. */
	java.util.Map<Long, Long> rollLinks(long id) {
		java.util.Map<Long, Long> links = new java.util.HashMap<>();
		jdbc.sql("select id, student_id from accident.victim where accident_id = :id and student_id is not null")
			.param("id", id)
			.query(rs -> {
				links.put(rs.getLong(1), rs.getLong(2));
			});
		return links;
	}

	static OffsetDateTime utc(Instant at) {
		return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	static Instant instant(OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}

}
