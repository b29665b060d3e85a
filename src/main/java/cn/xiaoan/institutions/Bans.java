package cn.xiaoan.institutions;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bans and the resettlement plan of each. */
@Repository
class Bans {

	private static final String BAN = """
			select b.id, b.institution_id, i.name, b.region_code, b.banned_on, b.students, b.fees_to_refund, b.status
			from institutions.ban b join institutions.institution i on i.id = b.institution_id""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Bans(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long insert(long inspection, long institution, String region, LocalDate on, int students, BigDecimal fees) {
		return jdbc.sql("""
				insert into institutions.ban (inspection_id, institution_id, region_code, banned_on, students,
				       fees_to_refund, status, closed_at)
				values (:i, :inst, :r, :on, :students, :fees, :status, :closed) returning id""")
			.param("i", inspection)
			.param("inst", institution)
			.param("r", region)
			.param("on", Date.valueOf(on))
			.param("students", students)
			.param("fees", fees)
			.param("status", students == 0 ? "DONE" : "OPEN")
			.param("closed", students == 0 ? Timestamp.from(clock.instant()) : null)
			.query(Long.class)
			.single();
	}

	long addItem(long ban, String region, AddResettlement c) {
		return jdbc.sql("""
				insert into institutions.resettlement (ban_id, region_code, method, origin_school, students, refund,
				       note, status, created_at)
				values (:b, :r, :m, :o, :s, :refund, :note, 'OPEN', :now) returning id""")
			.param("b", ban)
			.param("r", region)
			.param("m", c.method().name())
			.param("o", c.originSchool())
			.param("s", c.students())
			.param("refund", c.refund())
			.param("note", c.note())
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	void closeItem(long id, String outcome) {
		jdbc.sql("update institutions.resettlement set status = 'DONE', outcome = :o, closed_at = :now where id = :id")
			.param("id", id)
			.param("o", outcome)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	void close(long ban) {
		jdbc.sql("update institutions.ban set status = 'DONE', closed_at = :now where id = :id")
			.param("id", ban)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	Optional<Long> banOfItem(long item) {
		return jdbc.sql("select ban_id from institutions.resettlement where id = :id")
			.param("id", item)
			.query(Long.class)
			.optional();
	}

	Optional<BanView> ban(long id) {
		return jdbc.sql(BAN + " where b.id = :id").param("id", id).query(this::row).optional();
	}

	List<BanView> ofInstitution(long institution) {
		return jdbc.sql(BAN + " where b.institution_id = :i order by b.id desc")
			.param("i", institution)
			.query(this::row)
			.list();
	}

	/** The bans under a region prefix whose resettlement is not done, oldest first. */
	List<BanView> open(String prefix) {
		return jdbc
			.sql(BAN + " where b.region_code like :p and b.status = 'OPEN' order by b.banned_on, b.id limit 1000")
			.param("p", prefix + "%")
			.query(this::row)
			.list();
	}

	private BanView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		long id = rs.getLong(1);
		return new BanView(id, rs.getLong(2), rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate(),
				rs.getInt(6), rs.getBigDecimal(7), "DONE".equals(rs.getString(8)), items(id));
	}

	private List<ResettlementView> items(long ban) {
		return jdbc.sql("""
				select id, ban_id, method, origin_school, students, refund, note, status, outcome
				from institutions.resettlement where ban_id = :b order by id""")
			.param("b", ban)
			.query((rs, n) -> new ResettlementView(rs.getLong(1), rs.getLong(2),
					ResettlementMethod.valueOf(rs.getString(3)), rs.getString(4), rs.getInt(5), rs.getBigDecimal(6),
					rs.getString(7), "DONE".equals(rs.getString(8)), rs.getString(9)))
			.list();
	}

}
