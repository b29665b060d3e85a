package cn.xiaoan.education;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.xiaoan.people.TeachingClasses;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school's homework pages name their classes from org's API and their students from
 * people's (ADR 0082): the same rows, names and order as the published views gave, which
 * these tests still read to compare.
 */
@PlatformTest
class HomeworkPagesNamesIntegrationTests extends HomeworkTestSupport {

	@Autowired
	TeachingClasses teaching;

	@Test
	void aHomeworksClassesAndStudentsAreNamedInTheOrderTheViewsGave() {
		long school = demo.schoolOf("principal");
		List<Long> classes = demo.jdbc()
			.sql("""
					select class_id from org.class_label where school_id = :s and class_id <> :c
					order by grade_seq desc, name desc limit 2""")
			.param("s", school)
			.param("c", studentClass())
			.query(Long.class)
			.list();
		List<Long> chosen = new java.util.ArrayList<>(classes);
		chosen.add(studentClass());
		Homework hw = demo.callAs("principal", () -> education
			.assign(new AssignHomework(school, null, "FIRE", "名单顺序测试", chosen, LocalDate.now().plusDays(5), false)));

		// every student on the classes' roll got the homework, each in their class
		assertThat(rows("select student_id, class_id from education.assignment where homework_id = " + hw.id()))
			.containsExactlyInAnyOrderElementsOf(rows("""
					select student_id, class_id from people.class_roster
					where school_id = %d and class_id = any('{%s}')""".formatted(school,
					String.join(",", chosen.stream().map(String::valueOf).toList()))));
		List<List<Object>> classNames = rows("""
				select class_id, name from org.class_label where class_id = any('{%s}')
				order by grade_seq, name""".formatted(String.join(",", chosen.stream().map(String::valueOf).toList())));
		assertThat(hw.classes()).extracting(c -> List.<Object>of(c.classId(), c.className()))
			.containsExactlyElementsOf(classNames);

		// one student finishes: the rest by number, then the finished one
		demo.callAs("student", () -> education.submitHomework(hw.id(), UUID.randomUUID(), key("FIRE", true)));
		List<List<Object>> roster = rows("""
				select s.student_no, s.name from education.assignment a
				join people.class_roster s on s.student_id = a.student_id
				where a.homework_id = %d and a.class_id = %d
				order by a.completed_at is not null, s.student_no""".formatted(hw.id(), studentClass()));
		assertThat(roster).hasSizeGreaterThan(1);
		List<Homework.StudentProgress> students = demo.callAs("principal",
				() -> education.classProgress(hw.id(), studentClass()));
		assertThat(students).extracting(s -> List.<Object>of(s.studentNo(), s.name()))
			.containsExactlyElementsOf(roster);
		assertThat(students.get(students.size() - 1).completed()).isTrue();
		assertThat(students.get(0).completed()).isFalse();

		// the school's list shows the same homework with the same classes
		assertThat(demo.callAs("principal", () -> education.homeworkOf(school))).filteredOn(h -> h.id() == hw.id())
			.singleElement()
			.satisfies(h -> assertThat(h.classes()).extracting(c -> List.<Object>of(c.classId(), c.className()))
				.containsExactlyElementsOf(classNames))
			.satisfies(h -> assertThat(h.completed()).isEqualTo(1));
	}

	@Test
	void theAssignFormListsTheSchoolsClassesWithTheirRollsInTheOrderTheViewsGave() {
		long school = demo.schoolOf("principal");
		List<List<Object>> expected = rows(
				"""
						select c.class_id, c.name, (select count(*)::int from people.class_roster s where s.class_id = c.class_id)
						from org.class_label c where c.school_id = %d order by c.grade_seq, c.name"""
					.formatted(school));
		assertThat(expected).hasSizeGreaterThan(2);
		assertThat(demo.callAs("principal", () -> education.assignableClasses(school)))
			.extracting(c -> List.<Object>of(c.id(), c.name(), c.students()))
			.containsExactlyElementsOf(expected);
		// a teacher is offered the classes they teach or lead only
		java.util.Set<Long> own = demo.callAs("teacher", () -> teaching.ownClasses());
		assertThat(demo.callAs("teacher", () -> education.assignableClasses(school)))
			.extracting(Homework.ClassOption::id)
			.isNotEmpty()
			.containsExactlyElementsOf(
					expected.stream().map(r -> ((Number) r.get(0)).longValue()).filter(own::contains).toList());
	}

	/** The rows of a query, each as its columns (numbers as longs, others as read). */
	private List<List<Object>> rows(String sql) {
		return demo.jdbc().sql(sql).query((rs, n) -> {
			List<Object> row = new java.util.ArrayList<>();
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				Object value = rs.getObject(i);
				row.add(value instanceof Number number && !(value instanceof Integer) ? number.longValue() : value);
			}
			return row;
		}).list();
	}

}
