package cn.xiaoan.liaison;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 法治副校长 appointments and their duties, in the module's own schema. */
@Repository
class Deputies {

	private static final String SELECT = """
			select d.id, d.school_id, d.region_code, d.school_name, d.name, d.police_unit, d.phone, d.starts_on,
			       d.ends_on, (select count(*) from liaison.duty u where u.deputy_id = d.id),
			       (select max(done_on) from liaison.duty u where u.deputy_id = d.id)
			  from liaison.deputy d""";

	private final JdbcClient jdbc;

	Deputies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long school, String region, String schoolName, AppointDeputy a, long by, Instant now) {
		return jdbc.sql("""
				insert into liaison.deputy (school_id, region_code, school_name, name, police_unit, phone, starts_on,
				  ends_on, created_by, created_at)
				values (:school, :region, :schoolName, :name, :unit, :phone, :from, :to, :by, :now) returning id""")
			.param("school", school)
			.param("region", region)
			.param("schoolName", schoolName)
			.param("name", a.name())
			.param("unit", a.policeUnit())
			.param("phone", a.phone())
			.param("from", Date.valueOf(a.startsOn()))
			.param("to", Date.valueOf(a.endsOn()))
			.param("by", by)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	Optional<DeputyView> find(long id, LocalDate today, ToIntFunction<String> alertDays) {
		return jdbc.sql(SELECT + " where d.id = :id")
			.param("id", id)
			.query((rs, n) -> map(rs, today, alertDays))
			.optional();
	}

	/**
	 * The latest appointment of each school of the region prefix (or of one school): the
	 * current one where there is one.
	 */
	List<DeputyView> latest(String prefix, Long school, LocalDate today, ToIntFunction<String> alertDays) {
		return jdbc.sql(SELECT.replaceFirst("select", "select distinct on (d.school_id)") + " " + """
				where d.region_code like :prefix || '%' and (cast(:school as bigint) is null or d.school_id = :school)
				order by d.school_id, (:today between d.starts_on and d.ends_on) desc, d.ends_on desc""")
			.param("prefix", prefix)
			.param("school", school)
			.param("today", Date.valueOf(today))
			.query((rs, n) -> map(rs, today, alertDays))
			.list();
	}

	/** Every appointment of the scope, for the register's export; newest first. */
	List<DeputyView> all(String prefix, Long school, LocalDate today, ToIntFunction<String> alertDays) {
		return jdbc.sql(SELECT + " " + """
				where d.region_code like :prefix || '%' and (cast(:school as bigint) is null or d.school_id = :school)
				order by d.region_code, d.school_name, d.starts_on desc""")
			.param("prefix", prefix)
			.param("school", school)
			.query((rs, n) -> map(rs, today, alertDays))
			.list();
	}

	void addDuty(long deputy, LogDuty d, String byName, Instant now) {
		jdbc.sql("""
				insert into liaison.duty (deputy_id, done_on, kind, what, by_name, created_at)
				values (:d, :on, :kind, :what, :by, :now)""")
			.param("d", deputy)
			.param("on", Date.valueOf(d.doneOn()))
			.param("kind", d.kind().name())
			.param("what", d.what())
			.param("by", byName)
			.param("now", Timestamp.from(now))
			.update();
	}

	List<DutyView> duties(long deputy) {
		return jdbc.sql("""
				select id, done_on, kind, what, by_name from liaison.duty where deputy_id = :d
				order by done_on desc, id desc""")
			.param("d", deputy)
			.query((rs, n) -> new DutyView(rs.getLong(1), rs.getDate(2).toLocalDate(),
					DutyKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)))
			.list();
	}

	private static DeputyView map(ResultSet rs, LocalDate today, ToIntFunction<String> alertDays) throws SQLException {
		LocalDate from = rs.getDate(8).toLocalDate();
		LocalDate to = rs.getDate(9).toLocalDate();
		Date last = rs.getDate(11);
		String region = rs.getString(3);
		return new DeputyView(rs.getLong(1), rs.getLong(2), region, rs.getString(4), rs.getString(5), rs.getString(6),
				rs.getString(7), from, to, rs.getInt(10), last == null ? null : last.toLocalDate(),
				DeputyStatus.on(today, from, to, alertDays.applyAsInt(region)));
	}

}
