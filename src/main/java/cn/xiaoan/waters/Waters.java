package cn.xiaoan.waters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register's tables: waters, their nearby schools and photos. */
@Repository
class Waters {

	static final String SUMMARY = """
			select w.id, w.region_code, w.name, w.kind, w.risk_level, w.owner_unit, w.owner_person, w.signs,
			       (select count(*) from waters.nearby_school n where n.water_id = w.id),
			       (select count(*) from waters.patrol p where p.water_id = w.id),
			       (select count(*) from waters.finding f where f.water_id = w.id and f.closed_at is null),
			       (select max(p.patrolled_at) from waters.patrol p where p.water_id = w.id)
			from waters.water w""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Waters(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long insert(String region, RegisterWater c, Outline outline, long by) {
		Timestamp now = Timestamp.from(clock.instant());
		return jdbc.sql("""
				insert into waters.water (region_code, name, kind, risk_level, outline, owner_unit, owner_person,
				       owner_phone, signs, equipment, created_by, created_at, updated_at)
				values (:r, :name, :kind, :risk, cast(:outline as jsonb), :unit, :person, :phone, :signs, :equipment,
				       :by, :now, :now)
				returning id""")
			.param("r", region)
			.param("name", c.name())
			.param("kind", c.kind().name())
			.param("risk", c.riskLevel().name())
			.param("outline", outline.json())
			.param("unit", c.ownerUnit())
			.param("person", c.ownerPerson())
			.param("phone", c.ownerPhone())
			.param("signs", c.signs())
			.param("equipment", c.equipment())
			.param("by", by)
			.param("now", now)
			.query(Long.class)
			.single();
	}

	void update(long id, RegisterWater c, Outline outline) {
		jdbc.sql(
				"""
						update waters.water set name = :name, kind = :kind, risk_level = :risk, outline = cast(:outline as jsonb),
						       owner_unit = :unit, owner_person = :person, owner_phone = :phone, signs = :signs,
						       equipment = :equipment, updated_at = :now
						where id = :id""")
			.param("id", id)
			.param("name", c.name())
			.param("kind", c.kind().name())
			.param("risk", c.riskLevel().name())
			.param("outline", outline.json())
			.param("unit", c.ownerUnit())
			.param("person", c.ownerPerson())
			.param("phone", c.ownerPhone())
			.param("signs", c.signs())
			.param("equipment", c.equipment())
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	void replaceSchools(long water, List<NearbySchool> schools, java.util.Map<Long, String[]> nameAndRegion) {
		jdbc.sql("delete from waters.nearby_school where water_id = :w").param("w", water).update();
		for (NearbySchool s : schools) {
			String[] school = nameAndRegion.get(s.schoolId());
			jdbc.sql("""
					insert into waters.nearby_school (water_id, school_id, school_region, school_name, distance_m,
					       longitude, latitude)
					values (:w, :s, :r, :n, :d, :lng, :lat)""")
				.param("w", water)
				.param("s", s.schoolId())
				.param("r", school[1])
				.param("n", school[0])
				.param("d", s.distanceM())
				.param("lng", s.longitude())
				.param("lat", s.latitude())
				.update();
		}
	}

	/** The water's township, if the water exists. */
	Optional<String> regionOf(long id) {
		return jdbc.sql("select region_code from waters.water where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	boolean near(long water, long school) {
		return jdbc.sql("select exists (select 1 from waters.nearby_school where water_id = :w and school_id = :s)")
			.param("w", water)
			.param("s", school)
			.query(Boolean.class)
			.single();
	}

	/** The waters of a region prefix, or near a school (school not null). */
	List<WaterSummary> list(String prefix, Long school) {
		String where = school != null
				? " where w.id in (select n.water_id from waters.nearby_school n where n.school_id = :s)"
				: " where w.region_code like :p";
		return jdbc.sql(SUMMARY + where + " order by w.region_code, w.name limit 2000")
			.param("p", prefix + "%")
			.param("s", school == null ? -1L : school)
			.query(this::summaryRow)
			.list();
	}

	WaterSummary summary(long id) {
		return jdbc.sql(SUMMARY + " where w.id = :id").param("id", id).query(this::summaryRow).single();
	}

	Outline outline(long id) {
		return Outline.fromJson(jdbc.sql("select outline::text from waters.water where id = :id")
			.param("id", id)
			.query(String.class)
			.single());
	}

	String[] phoneAndEquipment(long id) {
		return jdbc.sql("select owner_phone, equipment from waters.water where id = :id")
			.param("id", id)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
	}

	List<WaterDetail.School> schools(long water) {
		return jdbc.sql("""
				select school_id, school_name, distance_m, longitude, latitude from waters.nearby_school
				where water_id = :w order by distance_m, school_name""")
			.param("w", water)
			.query((rs, n) -> new WaterDetail.School(rs.getLong(1), rs.getString(2), rs.getInt(3),
					(Double) rs.getObject(4), (Double) rs.getObject(5)))
			.list();
	}

	void addPhoto(long water, UUID file) {
		jdbc.sql("insert into waters.photo (file_id, water_id, uploaded_at) values (:f, :w, :now)")
			.param("f", file)
			.param("w", water)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	List<UUID> photos(long water) {
		return jdbc.sql("select file_id from waters.photo where water_id = :w order by uploaded_at")
			.param("w", water)
			.query(UUID.class)
			.list();
	}

	/** Every outline of the waters listed, for the map. */
	java.util.Map<Long, Outline> outlines(List<Long> ids) {
		java.util.Map<Long, Outline> out = new java.util.LinkedHashMap<>();
		if (ids.isEmpty()) {
			return out;
		}
		jdbc.sql("select id, outline::text from waters.water where id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, n) -> out.put(rs.getLong(1), Outline.fromJson(rs.getString(2))))
			.list();
		return out;
	}

	private WaterSummary summaryRow(ResultSet rs, int n) throws SQLException {
		return new WaterSummary(rs.getLong(1), rs.getString(2), rs.getString(3), WaterKind.valueOf(rs.getString(4)),
				WaterRisk.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9),
				rs.getInt(10), rs.getInt(11), time(rs.getTimestamp(12), clock));
	}

	static OffsetDateTime time(Timestamp t, Clock clock) {
		return t == null ? null : OffsetDateTime.ofInstant(t.toInstant(), clock.getZone());
	}

	static Timestamp at(Instant i) {
		return Timestamp.from(i);
	}

}
