package cn.xiaoan.org.bulk;

import cn.xiaoan.org.Divisions;
import cn.xiaoan.org.Region;
import cn.xiaoan.org.SaveSchool;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk writes for the demo and scale data generators, which run as the system before
 * anyone signs in. No scope check: nothing reachable from a request calls this.
 */
@Component
public class OrgBulkLoad {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Divisions divisions;

	OrgBulkLoad(JdbcClient jdbc, JdbcTemplate template, Divisions divisions) {
		this.jdbc = jdbc;
		this.template = template;
		this.divisions = divisions;
	}

	/** A province's whole tree, townships included, from the shipped division table. */
	@Transactional
	public void province(String provinceCode) {
		regions(divisions.province(provinceCode, true));
	}

	public boolean hasSchools() {
		return jdbc.sql("select exists (select 1 from org.school)").query(Boolean.class).single();
	}

	@Transactional
	public void regions(List<Region> regions) {
		template.batchUpdate(
				"insert into org.region (code, name, level, parent_code) values (?, ?, ?, ?) on conflict (code) do nothing",
				regions, 500, (ps, r) -> {
					ps.setString(1, r.code());
					ps.setString(2, r.name());
					ps.setString(3, r.level().name());
					ps.setString(4, r.parentCode());
				});
	}

	/** Inserts schools and answers their ids by school code. */
	@Transactional
	public Map<String, Long> schools(List<SaveSchool> schools) {
		template.batchUpdate("""
				insert into org.school (code, name, type, region_code, address, phone, boarding, student_count,
				                        boarder_count, staff_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", schools,
				1000, (ps, s) -> {
					ps.setString(1, s.code());
					ps.setString(2, s.name());
					ps.setString(3, s.type().name());
					ps.setString(4, s.regionCode());
					ps.setString(5, s.address());
					ps.setString(6, s.phone());
					ps.setBoolean(7, s.boarding());
					ps.setInt(8, s.studentCount());
					ps.setInt(9, s.boarderCount());
					ps.setInt(10, s.staffCount());
				});
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("select code, id from org.school where code = any(:codes)")
			.param("codes", schools.stream().map(SaveSchool::code).toArray(String[]::new))
			.query(rs -> {
				ids.put(rs.getString(1), rs.getLong(2));
			});
		return ids;
	}

	/**
	 * Gives every school whose code starts with {@code codePrefix} the grades
	 * {@code grades} with {@code classesPerGrade} classes each ("1班", "2班", …),
	 * set-based; answers the ids of the classes of those schools in id order.
	 */
	@Transactional
	public long[] uniformClasses(String codePrefix, List<String> grades, int classesPerGrade, int entryYear) {
		jdbc.sql("""
				insert into org.grade (school_id, name, seq, entry_year)
				select s.id, g.name, g.seq, :year - g.seq + 1 from org.school s
				cross join unnest(cast(:grades as text[])) with ordinality g(name, seq) where s.code like :p""")
			.param("year", entryYear)
			.param("grades", grades.toArray(String[]::new))
			.param("p", codePrefix + "%")
			.update();
		jdbc.sql("""
				insert into org.school_class (school_id, grade_id, name)
				select g.school_id, g.id, n || '班' from org.grade g join org.school s on s.id = g.school_id
				cross join generate_series(1, :k) n where s.code like :p order by g.id, n""")
			.param("k", classesPerGrade)
			.param("p", codePrefix + "%")
			.update();
		jdbc.sql("analyze org.grade").update();
		jdbc.sql("analyze org.school_class").update();
		return jdbc.sql("""
				select c.id from org.school_class c join org.school s on s.id = c.school_id where s.code like :p
				order by c.id""")
			.param("p", codePrefix + "%")
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
	}

	@Transactional
	public long grade(long schoolId, String name, int seq, Integer entryYear) {
		return jdbc.sql("insert into org.grade (school_id, name, seq, entry_year) values (:s, :n, :q, :y) returning id")
			.param("s", schoolId)
			.param("n", name)
			.param("q", seq)
			.param("y", entryYear)
			.query(Long.class)
			.single();
	}

	@Transactional
	public long schoolClass(long schoolId, long gradeId, String name) {
		return jdbc.sql("insert into org.school_class (school_id, grade_id, name) values (:s, :g, :n) returning id")
			.param("s", schoolId)
			.param("g", gradeId)
			.param("n", name)
			.query(Long.class)
			.single();
	}

	@Transactional
	public long department(long schoolId, String name) {
		return jdbc.sql("insert into org.department (school_id, name) values (:s, :n) returning id")
			.param("s", schoolId)
			.param("n", name)
			.query(Long.class)
			.single();
	}

}
