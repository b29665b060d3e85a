package cn.xiaoan.people;

import java.util.List;
import java.util.Map;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The students each class has ({@code people.class_roll}) and those still at school, kept
 * by the student table's statement triggers, always equal the counts of the students
 * themselves — after a bulk insert, a move between classes, a student leaving and a
 * removal.
 */
@PlatformTest
class ClassSizeIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	TransactionTemplate transactions;

	private Map<Long, Long> rolls() {
		return demo.jdbc()
			.sql("select class_id, students from people.class_roll")
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Kept per class, school and region: students / at school, as the triggers keep them.
	 */
	private Map<String, String> kept() {
		return demo.jdbc()
			.sql("""
					select class_id || '|' || school_id || '|' || region_code, students || '/' || at_school
					from people.class_size where students <> 0 or at_school <> 0""")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The same counted from the students. */
	private Map<String, String> counted() {
		return demo.jdbc()
			.sql("""
					select class_id || '|' || school_id || '|' || region_code,
					       count(*) || '/' || count(*) filter (where graduated_in is null and left_on is null)
					from people.student group by class_id, school_id, region_code""")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private Map<Long, Long> rosters() {
		return demo.jdbc()
			.sql("select class_id, count(*) from people.class_roster group by class_id")
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@Test
	void everyClassRollEqualsItsRosterAfterTheDemo() {
		Map<Long, Long> rosters = rosters();
		assertThat(rosters).isNotEmpty();
		assertThat(rolls()).isEqualTo(rosters);
		assertThat(kept()).isEqualTo(counted());
	}

	@Test
	void insertsMovesAndRemovalsKeepTheRollEqualToTheRoster() {
		List<Long> classes = demo.jdbc()
			.sql("select class_id from people.class_roster group by class_id order by class_id limit 2")
			.query(Long.class)
			.list();
		long a = classes.get(0);
		long b = classes.get(1);
		Map<Long, Long> before = rolls();
		transactions.executeWithoutResult(tx -> {
			demo.jdbc()
				.sql("""
						insert into people.student (school_id, region_code, class_id, student_no, name)
						select c.school_id, c.region_code, c.class_id, 'ROLL-' || i, 'roll ' || i
						from (select * from people.class_roster where class_id = :a limit 1) c, generate_series(1, 5) i""")
				.param("a", a)
				.update();
			assertThat(rolls().get(a)).isEqualTo(before.get(a) + 5);
			demo.jdbc()
				.sql("update people.student set class_id = :b where student_no in ('ROLL-1', 'ROLL-2')")
				.param("b", b)
				.update();
			demo.jdbc().sql("update people.student set boarder = not boarder where student_no = 'ROLL-3'").update();
			demo.jdbc()
				.sql("update people.student set left_on = current_date, left_reason = 'DROPPED_OUT' where student_no = 'ROLL-4'")
				.update();
			assertThat(kept()).isEqualTo(counted());
			demo.jdbc().sql("delete from people.student where student_no in ('ROLL-3', 'ROLL-2')").update();
			Map<Long, Long> after = rolls();
			assertThat(after.get(a)).isEqualTo(before.get(a) + 2);
			assertThat(after.get(b)).isEqualTo(before.get(b) + 1);
			assertThat(after).isEqualTo(rosters());
			assertThat(kept()).isEqualTo(counted());
			tx.setRollbackOnly();
		});
		assertThat(rolls()).isEqualTo(before);
	}

}
