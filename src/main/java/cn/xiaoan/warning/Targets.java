package cn.xiaoan.warning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The schools' lines of a warning: one school's acknowledgement, and the lines of a
 * region a page at a time (through the index on warning and region, never all 20,000 at
 * once).
 */
@Component
class Targets {

	private static final String LINE = """
			select t.school_id, t.school_name, t.region_code, t.acknowledged_at, t.acknowledged_by, t.note, t.chased_at
			from warning.target t
			""";

	private final JdbcClient jdbc;

	Targets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Acknowledgement> of(long warningId, long schoolId) {
		return jdbc.sql(LINE + " where t.warning_id = :w and t.school_id = :s")
			.param("w", warningId)
			.param("s", schoolId)
			.query((rs, n) -> line(rs))
			.optional()
			.map(line -> withActions(warningId, List.of(line)).get(0));
	}

	/** A page of the lines below {@code prefix}, ordered by region and school. */
	List<Acknowledgement> page(long warningId, String prefix, AcknowledgementFilter filter, int page, int size) {
		List<Acknowledgement> lines = jdbc
			.sql(LINE + " where t.warning_id = :w and t.region_code like :p || '%' and " + filter.condition()
					+ " order by t.region_code, t.school_id limit :limit offset :offset")
			.param("w", warningId)
			.param("p", prefix)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> line(rs))
			.list();
		return withActions(warningId, lines);
	}

	private List<Acknowledgement> withActions(long warningId, List<Acknowledgement> lines) {
		if (lines.isEmpty()) {
			return lines;
		}
		Map<Long, List<Acknowledgement.ActionReport>> reports = new HashMap<>();
		jdbc.sql("""
				select school_id, seq, done, note from warning.action_report
				where warning_id = :w and school_id = any(:s) order by school_id, seq""")
			.param("w", warningId)
			.param("s", lines.stream().map(Acknowledgement::schoolId).toArray(Long[]::new))
			.query(rs -> {
				reports.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new Acknowledgement.ActionReport(rs.getInt(2), rs.getBoolean(3), rs.getString(4)));
			});
		return lines.stream()
			.map(l -> new Acknowledgement(l.schoolId(), l.schoolName(), l.regionCode(), l.acknowledgedAt(),
					l.acknowledgedBy(), l.note(), l.chasedAt(), reports.getOrDefault(l.schoolId(), List.of())))
			.toList();
	}

	private static Acknowledgement line(java.sql.ResultSet rs) throws java.sql.SQLException {
		Instant at = Warnings.instant(rs, 4);
		return new Acknowledgement(rs.getLong(1), rs.getString(2), rs.getString(3), at, rs.getString(5),
				rs.getString(6), Warnings.instant(rs, 7), List.of());
	}

	/**
	 * Marks the school's line acknowledged unless it already is; answers whether it was
	 * chased before, or empty when it was acknowledged already.
	 */
	Optional<Boolean> acknowledge(long warningId, long schoolId, Instant at, String by, String note) {
		return jdbc.sql("""
				update warning.target set acknowledged_at = :at, acknowledged_by = :by, note = :note
				where warning_id = :w and school_id = :s and acknowledged_at is null
				returning chased_at is not null""")
			.param("at", java.sql.Timestamp.from(at))
			.param("by", by)
			.param("note", note)
			.param("w", warningId)
			.param("s", schoolId)
			.query(Boolean.class)
			.optional();
	}

	void report(long warningId, long schoolId, int seq, boolean done, String note) {
		jdbc.sql("""
				insert into warning.action_report (warning_id, school_id, seq, done, note)
				values (:w, :s, :seq, :done, :note)""")
			.param("w", warningId)
			.param("s", schoolId)
			.param("seq", seq)
			.param("done", done)
			.param("note", note)
			.update();
	}

	/** Counts the acknowledgement in the school's regions and the warning. */
	void count(long warningId, List<String> prefixes, boolean wasLate) {
		jdbc.sql("""
				update warning.tally set acknowledged = acknowledged + 1, late = late - :late
				where warning_id = :w and prefix = any(:p)""")
			.param("late", wasLate ? 1 : 0)
			.param("w", warningId)
			.param("p", prefixes.toArray(String[]::new))
			.update();
		jdbc.sql("update warning.warning set acknowledged_count = acknowledged_count + 1 where id = :w")
			.param("w", warningId)
			.update();
	}

}
