package cn.xiaoan.people.bulk;

import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.shared.BulkIndexes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates students, guardians and their accounts set-based inside the database, for the
 * province-scale generator (tens of millions of rows): students without ID-card numbers
 * (nothing to encrypt), guardians without phone numbers, and every account with one
 * precomputed password hash. Nothing reachable from a request calls this.
 */
@Component
public class PeopleGeneration {

	private static final String[] INDEXED = { "student", "guardian", "student_guardian", "account" };

	private final JdbcClient jdbc;

	PeopleGeneration(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Drops the secondary indexes of the tables it fills; answers their definitions. */
	@Transactional
	public List<String> dropIndexes() {
		return java.util.Arrays.stream(INDEXED).flatMap(t -> BulkIndexes.drop(jdbc, "people", t).stream()).toList();
	}

	@Transactional
	public void createIndexes(List<String> definitions) {
		BulkIndexes.create(jdbc, definitions);
		jdbc.sql("select setval('people.guardian_id_seq', (select max(id) from people.guardian))")
			.query(Long.class)
			.single();
		for (String table : INDEXED) {
			jdbc.sql("analyze people." + table).update();
		}
	}

	/** The id guardians are numbered above: their id is this plus their child's. */
	public long guardianBase() {
		return jdbc.sql("select coalesce(max(id), 0) from people.guardian").query(Long.class).single();
	}

	/**
	 * Fills the classes {@code classes} (ids) with {@code perClass[i]} students each, a
	 * guardian for four students of five, and a student and a parent account for each
	 * (usernames: the student number, "P" + student number). Names are drawn from
	 * {@code surnames} and {@code given} by the row's id. A student of the first grade is
	 * born in the year from {@code firstGradeBornFrom}, each grade above a year earlier,
	 * so that ages fit grades. Answers the students added.
	 */
	@Transactional
	public long students(long[] classes, int[] perClass, long guardianBase, String passwordHash, String[] surnames,
			String[] given, LocalDate firstGradeBornFrom) {
		BulkIndexes.loadingTransaction(jdbc);
		long added = jdbc
			.sql("""
					with c as (
					    select k.class_id id, k.school_id, k.region_code, k.grade_seq, p.n
					    from unnest(cast(:classes as bigint[]), cast(:sizes as int[])) p(id, n)
					    join org.class_label k on k.class_id = p.id),
					st as (
					    insert into people.student (school_id, region_code, class_id, student_no, name, gender, birth_date)
					    select c.school_id, c.region_code, c.id, 'G' || c.id || '-' || i,
					           sur[1 + (c.id * 13 + i * 7) % cardinality(sur)] || giv[1 + (c.id + i * 31) % cardinality(giv)]
					               || case when (c.id + i) % 10 < 7 then giv[1 + (c.id * 3 + i * 11) % cardinality(giv)] else '' end,
					           case when i % 2 = 0 then 'F' else 'M' end,
					           cast(:born - (c.grade_seq - 1) * interval '1 year' as date) + cast((c.id * 7 + i) % 364 as int)
					    from c cross join generate_series(1, c.n) i,
					         cast(:sur as text[]) sur, cast(:giv as text[]) giv
					    returning id, school_id, region_code, class_id, student_no, name),
					sizes as (
					    insert into people.class_size as z (class_id, school_id, region_code, students, at_school)
					    select class_id, school_id, region_code, count(*), count(*) from st
					    where current_setting('session_replication_role') = 'replica' group by 1, 2, 3
					    on conflict (class_id, school_id, region_code) do update
					        set students = z.students + excluded.students, at_school = z.at_school + excluded.at_school
					    returning 1),
					g as (
					    select st.*, :base + st.id gid,
					           substr(st.name, 1, 1) || giv[1 + (st.id * 17) % cardinality(giv)] || giv[1 + (st.id * 5) % cardinality(giv)] gname
					    from st, cast(:giv as text[]) giv where st.id % 5 <> 0),
					guardians as (
					    insert into people.guardian (id, region_code, name) select gid, region_code, gname from g returning 1),
					links as (
					    insert into people.student_guardian (student_id, guardian_id, relation)
					    select id, gid, case when id % 2 = 0 then '母亲' else '父亲' end from g returning 1),
					accounts as (
					    insert into people.account (username, password_hash, display_name, role, region_code, school_id, person_id)
					    select student_no, :hash, name, 'STUDENT', region_code, school_id, id from st
					    union all
					    select 'P' || student_no, :hash, gname, 'PARENT', region_code, school_id, gid from g returning 1)
					select count(*) from st""")
			.param("classes", classes)
			.param("sizes", perClass)
			.param("base", guardianBase)
			.param("hash", passwordHash)
			.param("sur", surnames)
			.param("giv", given)
			.param("born", firstGradeBornFrom)
			.query(Long.class)
			.single();
		return added;
	}

}
