package cn.xiaoan.waters;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rescue-skill trainings table and the staff each trained. */
@Repository
class Trainings {

	private final JdbcClient jdbc;

	Trainings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(RecordTraining c, String schoolName, String region, UUID photo, long by, Map<Long, String> staff) {
		long id = jdbc.sql("""
				insert into waters.training (school_id, region_code, school_name, trained_on, kind, trainer, hours,
				  certificate_no, valid_until, photo_id, recorded_by)
				values (:s, :r, :n, :on, :k, :t, :h, :c, :v, :p, :by) returning id""")
			.param("s", c.schoolId())
			.param("r", region)
			.param("n", schoolName)
			.param("on", Date.valueOf(c.trainedOn()))
			.param("k", c.kind().name())
			.param("t", c.trainer().trim())
			.param("h", c.hours())
			.param("c", c.certificateNo() == null || c.certificateNo().isBlank() ? null : c.certificateNo().trim())
			.param("v", c.validUntil() == null ? null : Date.valueOf(c.validUntil()))
			.param("p", photo)
			.param("by", by)
			.query(Long.class)
			.single();
		staff.forEach((staffId, name) -> jdbc
			.sql("insert into waters.training_staff (training_id, staff_id, staff_name) values (:t, :s, :n)")
			.param("t", id)
			.param("s", staffId)
			.param("n", name)
			.update());
		return id;
	}

	/** The school of a training, if it exists. */
	java.util.Optional<Long> schoolOf(long id) {
		return jdbc.sql("select school_id from waters.training where id = :id")
			.param("id", id)
			.query(Long.class)
			.optional();
	}

	/**
	 * The staff of these schools with a training on or before {@code day} whose
	 * certificate is valid that day, with their latest such training's kind and end.
	 */
	Map<Long, Object[]> validOn(List<Long> schools, LocalDate day) {
		Map<Long, Object[]> valid = new HashMap<>();
		if (schools.isEmpty()) {
			return valid;
		}
		jdbc.sql(
				"""
						select ts.staff_id, t.kind, t.valid_until from waters.training t
						join waters.training_staff ts on ts.training_id = t.id
						where t.school_id in (:schools) and t.trained_on <= :day and (t.valid_until is null or t.valid_until >= :day)
						order by t.trained_on, t.id""")
			.param("schools", schools)
			.param("day", Date.valueOf(day))
			.query(rs -> {
				Date until = rs.getDate(3);
				valid.put(rs.getLong(1), new Object[] { TrainingKind.valueOf(rs.getString(2)),
						until == null ? null : until.toLocalDate() });
			});
		return valid;
	}

	/**
	 * The trainings of a school, or of every school under a region prefix, newest first.
	 */
	List<TrainingRow> list(String regionPrefix, Long school, int limit) {
		Map<Long, List<String>> names = new LinkedHashMap<>();
		List<Object[]> rows = new ArrayList<>();
		jdbc.sql(
				"""
						select id, school_id, school_name, trained_on, kind, trainer, hours, certificate_no, valid_until, photo_id
						from waters.training where region_code like :r and (cast(:s as bigint) is null or school_id = :s)
						order by trained_on desc, id desc limit :limit""")
			.param("r", regionPrefix + "%")
			.param("s", school)
			.param("limit", limit)
			.query(rs -> {
				Date until = rs.getDate(9);
				rows.add(new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
						TrainingKind.valueOf(rs.getString(5)), rs.getString(6), rs.getBigDecimal(7), rs.getString(8),
						until == null ? null : until.toLocalDate(), rs.getObject(10, UUID.class) });
				names.put(rs.getLong(1), new ArrayList<>());
			});
		if (!names.isEmpty()) {
			jdbc.sql("select training_id, staff_name from waters.training_staff where training_id in (:ids)"
					+ " order by staff_name")
				.param("ids", names.keySet())
				.query(rs -> {
					names.get(rs.getLong(1)).add(rs.getString(2));
				});
		}
		return rows.stream()
			.map(r -> new TrainingRow((Long) r[0], (Long) r[1], (String) r[2], (LocalDate) r[3], (TrainingKind) r[4],
					(String) r[5], (java.math.BigDecimal) r[6], (String) r[7], (LocalDate) r[8], (UUID) r[9],
					List.copyOf(names.get((Long) r[0]))))
			.toList();
	}

}
