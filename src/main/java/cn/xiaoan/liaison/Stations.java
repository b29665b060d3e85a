package cn.xiaoan.liaison;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.xiaoan.people.PartnerAccounts.PartnerAccount;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The police stations, what each covers and its police accounts, in the module's schema.
 */
@Repository
class Stations {

	/** A station's own fields. */
	record Row(long id, String countyCode, String name, String address, String phone) {
	}

	/** One covered township or school, or one officer, of a station. */
	record Part(long stationId, String id, String name) {
	}

	private static final String SELECT = "select id, county_code, name, address, phone from liaison.police_station";

	private final JdbcClient jdbc;

	Stations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String county, SaveStation s, Instant now) {
		return jdbc.sql("""
				insert into liaison.police_station (county_code, name, address, phone, created_at)
				values (:county, :name, :address, :phone, :now) returning id""")
			.param("county", county)
			.param("name", s.name())
			.param("address", s.address())
			.param("phone", s.phone())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	void update(long id, SaveStation s) {
		jdbc.sql("update liaison.police_station set name = :name, address = :address, phone = :phone where id = :id")
			.param("name", s.name())
			.param("address", s.address())
			.param("phone", s.phone())
			.param("id", id)
			.update();
	}

	Optional<Row> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Row.class).optional();
	}

	Optional<Row> named(String county, String name) {
		return jdbc.sql(SELECT + " where county_code = :county and name = :name")
			.param("county", county)
			.param("name", name)
			.query(Row.class)
			.optional();
	}

	/** The stations of the counties under a region prefix, by county and name. */
	List<Row> under(String prefix) {
		return jdbc.sql(SELECT + " where county_code like :p || '%' order by county_code, name")
			.param("p", prefix)
			.query(Row.class)
			.list();
	}

	/** Townships ("T") and schools ("S") covered, and officers ("O"), of the stations. */
	Map<String, List<Part>> parts(Collection<Long> stations) {
		Long[] ids = stations.toArray(Long[]::new);
		Map<String, List<Part>> parts = new LinkedHashMap<>();
		parts.put("T",
				jdbc.sql("""
						select station_id, region_code as id, '' as name from liaison.station_area
						where station_id = any(:ids) and region_code is not null order by region_code""")
					.param("ids", ids)
					.query(Part.class)
					.list());
		parts.put("S",
				jdbc.sql("""
						select station_id, school_id::text as id, '' as name from liaison.station_area
						where station_id = any(:ids) and school_id is not null order by school_id""")
					.param("ids", ids)
					.query(Part.class)
					.list());
		parts.put("O", jdbc.sql("""
				select station_id, account_id::text as id, display_name as name from liaison.station_officer
				where station_id = any(:ids) order by display_name""").param("ids", ids).query(Part.class).list());
		return parts;
	}

	/** Clears what the stations cover and their officers (before they are set anew). */
	void clear(Collection<Long> stations) {
		Long[] ids = stations.toArray(Long[]::new);
		jdbc.sql("delete from liaison.station_area where station_id = any(:ids)").param("ids", ids).update();
		jdbc.sql("delete from liaison.station_officer where station_id = any(:ids)").param("ids", ids).update();
	}

	void cover(long station, List<String> townships, List<Long> schools) {
		for (String t : townships) {
			jdbc.sql("insert into liaison.station_area (station_id, region_code) values (:s, :t)")
				.param("s", station)
				.param("t", t)
				.update();
		}
		for (Long school : schools) {
			jdbc.sql("insert into liaison.station_area (station_id, school_id) values (:s, :id)")
				.param("s", station)
				.param("id", school)
				.update();
		}
	}

	void staff(long station, List<PartnerAccount> officers) {
		for (PartnerAccount a : officers) {
			jdbc.sql("""
					insert into liaison.station_officer (account_id, station_id, username, display_name)
					values (:a, :s, :u, :d)""")
				.param("a", a.id())
				.param("s", station)
				.param("u", a.username())
				.param("d", a.displayName())
				.update();
		}
	}

	/**
	 * Which of the townships, schools ("S" + id) and officers ("O" + id) another station
	 * than those {@code except} already holds, with that station's name.
	 */
	Map<String, String> taken(List<String> townships, List<Long> schools, List<Long> officers,
			Collection<Long> except) {
		Map<String, String> taken = new LinkedHashMap<>();
		jdbc.sql("""
				select a.region_code, a.school_id, s.name from liaison.station_area a
				join liaison.police_station s on s.id = a.station_id
				where a.station_id <> all(:except) and (a.region_code = any(:t) or a.school_id = any(:s))""")
			.param("except", except.toArray(Long[]::new))
			.param("t", townships.toArray(String[]::new))
			.param("s", schools.toArray(Long[]::new))
			.query(rs -> {
				String t = rs.getString(1);
				taken.put(t != null ? t : "S" + rs.getLong(2), rs.getString(3));
			});
		jdbc.sql("""
				select o.account_id, s.name from liaison.station_officer o
				join liaison.police_station s on s.id = o.station_id
				where o.station_id <> all(:except) and o.account_id = any(:o)""")
			.param("except", except.toArray(Long[]::new))
			.param("o", officers.toArray(Long[]::new))
			.query(rs -> {
				taken.put("O" + rs.getLong(1), rs.getString(2));
			});
		return taken;
	}

	/** The user names of a station's police accounts. */
	List<String> usernames(long station) {
		return jdbc.sql("select username from liaison.station_officer where station_id = :s order by display_name")
			.param("s", station)
			.query(String.class)
			.list();
	}

	/** The station of a police account, if it belongs to one. */
	Optional<Long> stationOf(long account) {
		return jdbc.sql("select station_id from liaison.station_officer where account_id = :a")
			.param("a", account)
			.query(Long.class)
			.optional();
	}

	/**
	 * The station covering a school: the one naming the school, else the one covering its
	 * township.
	 */
	Optional<Row> covering(long school, String schoolRegion) {
		return jdbc.sql("""
				select s.id, s.county_code, s.name, s.address, s.phone from liaison.station_area a
				join liaison.police_station s on s.id = a.station_id
				where a.school_id = :school or a.region_code = :region
				order by (a.school_id is not null) desc limit 1""")
			.param("school", school)
			.param("region", schoolRegion)
			.query(Row.class)
			.optional();
	}

	/** The schools named by some station, and the townships some station covers. */
	List<String> coveredKeys(String prefix) {
		return jdbc.sql("""
				select coalesce(a.region_code, 'S' || a.school_id) from liaison.station_area a
				join liaison.police_station s on s.id = a.station_id where s.county_code like :p || '%'""")
			.param("p", prefix)
			.query(String.class)
			.list();
	}

}
