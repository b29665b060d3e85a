package cn.xiaoan.institutions;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register's table, with each institution's open work counted. */
@Repository
class Institutions {

	static final String SUMMARY = """
			select i.id, i.region_code, i.name, i.licence_no, i.credit_code, i.address, i.subjects, i.capacity,
			       i.responsible_person, i.phone, i.longitude, i.latitude, i.status, i.last_inspected_on,
			       (select count(*) from institutions.rectification r where r.institution_id = i.id
			          and r.status in ('OPEN', 'SUBMITTED')),
			       (select count(*) from institutions.resettlement s join institutions.ban b on b.id = s.ban_id
			          where b.institution_id = i.id and s.status = 'OPEN')
			from institutions.institution i""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Institutions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long insert(String region, RegisterInstitution c, long by) {
		Timestamp now = Timestamp.from(clock.instant());
		return jdbc.sql("""
				insert into institutions.institution (region_code, name, licence_no, credit_code, address, subjects,
				       capacity, responsible_person, phone, longitude, latitude, created_by, created_at, updated_at)
				values (:r, :name, :licence, :credit, :address, :subjects, :capacity, :person, :phone, :lng, :lat,
				       :by, :now, :now)
				returning id""")
			.param("r", region)
			.param("name", c.name())
			.param("licence", c.licenceNo())
			.param("credit", c.creditCode())
			.param("address", c.address())
			.param("subjects", subjects(c.subjects()))
			.param("capacity", c.capacity())
			.param("person", c.responsiblePerson())
			.param("phone", c.phone())
			.param("lng", c.longitude())
			.param("lat", c.latitude())
			.param("by", by)
			.param("now", now)
			.query(Long.class)
			.single();
	}

	void update(long id, RegisterInstitution c) {
		jdbc.sql("""
				update institutions.institution set name = :name, licence_no = :licence, credit_code = :credit,
				       address = :address, subjects = :subjects, capacity = :capacity, responsible_person = :person,
				       phone = :phone, longitude = :lng, latitude = :lat, updated_at = :now
				where id = :id""")
			.param("id", id)
			.param("name", c.name())
			.param("licence", c.licenceNo())
			.param("credit", c.creditCode())
			.param("address", c.address())
			.param("subjects", subjects(c.subjects()))
			.param("capacity", c.capacity())
			.param("person", c.responsiblePerson())
			.param("phone", c.phone())
			.param("lng", c.longitude())
			.param("lat", c.latitude())
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	void inspected(long id, InstitutionStatus status, java.time.LocalDate on) {
		jdbc.sql("""
				update institutions.institution set status = :s,
				       last_inspected_on = greatest(coalesce(last_inspected_on, :on), :on), updated_at = :now
				where id = :id""")
			.param("id", id)
			.param("s", status.name())
			.param("on", Date.valueOf(on))
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	Optional<String> regionOf(long id) {
		return jdbc.sql("select region_code from institutions.institution where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/** The institutions under a region prefix, optionally of one status. */
	List<InstitutionSummary> list(String prefix, InstitutionStatus status) {
		return jdbc
			.sql(SUMMARY + " where i.region_code like :p and (:s = '' or i.status = :s)"
					+ " order by i.region_code, i.name limit 5000")
			.param("p", prefix + "%")
			.param("s", status == null ? "" : status.name())
			.query(Institutions::row)
			.list();
	}

	InstitutionSummary summary(long id) {
		return jdbc.sql(SUMMARY + " where i.id = :id").param("id", id).query(Institutions::row).single();
	}

	static InstitutionSummary row(ResultSet rs, int n) throws SQLException {
		Date inspected = rs.getDate(14);
		return new InstitutionSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6),
				Arrays.stream(rs.getString(7).split(",")).filter(s -> !s.isBlank()).map(Subject::valueOf).toList(),
				rs.getInt(8), rs.getString(9), rs.getString(10), (Double) rs.getObject(11), (Double) rs.getObject(12),
				InstitutionStatus.valueOf(rs.getString(13)), inspected == null ? null : inspected.toLocalDate(),
				rs.getInt(15), rs.getInt(16));
	}

	private static String subjects(List<Subject> subjects) {
		return String.join(",", subjects.stream().map(Enum::name).toList());
	}

}
