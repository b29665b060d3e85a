package cn.xiaoan.education;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.xiaoan.people.bulk.PeopleBulkLoad;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Role;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * "我的作业" names its students from people's API (ADR 0082): a parent's list names their own
 * children only, though the homework went to the whole class, and a student of another
 * school sees none of it.
 */
@PlatformTest
class MyHomeworkNamesIntegrationTests extends HomeworkTestSupport {

	private static final String OUTSIDER = "test_other_school_student";

	@Autowired
	PeopleBulkLoad people;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void aParentSeesOnlyTheirOwnChildrensNamesAndAStudentOfAnotherSchoolNone() {
		Homework hw = assignToStudentsClass(countyCampaign("我的作业姓名测试", true));
		long child = demo.studentOf("parent");
		Map<Long, String> children = names("""
				select s.id, s.name from people.student s join people.student_guardian g on g.student_id = s.id
				join people.account a on a.person_id = g.guardian_id where a.username = 'parent'""");
		long classmates = demo.jdbc()
			.sql("select count(*) from education.assignment where homework_id = :h and student_id <> :s")
			.param("h", hw.id())
			.param("s", child)
			.query(Long.class)
			.single();
		assertThat(classmates).as("the homework went to the whole class").isPositive();

		List<MyHomework> parents = demo.callAs("parent", () -> education.myHomework());
		assertThat(parents).filteredOn(h -> h.homeworkId() == hw.id())
			.extracting(MyHomework::studentId, MyHomework::studentName)
			.containsExactly(tuple(child, children.get(child)));
		assertThat(parents).allSatisfy(h -> {
			assertThat(children).containsKey(h.studentId());
			assertThat(h.studentName()).isEqualTo(children.get(h.studentId()));
		});
		assertThat(parents).isSortedAccordingTo(Comparator.comparing(h -> !h.open()));
		List<MyHomework> students = demo.callAs("student", () -> education.myHomework());
		assertThat(students).filteredOn(h -> h.homeworkId() == hw.id())
			.extracting(MyHomework::studentName)
			.containsExactly(children.get(child));

		long outsider = outsider(demo.schoolOf("principal"));
		List<MyHomework> theirs = demo.callAs(OUTSIDER, () -> education.myHomework());
		assertThat(theirs).extracting(MyHomework::homeworkId).doesNotContain(hw.id());
		assertThat(theirs).allSatisfy(h -> assertThat(h.studentId()).isEqualTo(outsider));
		assertThatThrownBy(() -> demo.callAs(OUTSIDER, () -> education.myHomework(hw.id(), child)))
			.isInstanceOf(AccessDenied.class);
	}

	/**
	 * A student of a school in another province with an account of their own, made once
	 * per test database.
	 */
	private long outsider(long school) {
		record Student(long id, long school, String region, String name) {
		}
		Student s = demo.jdbc()
			.sql("""
					select s.id, s.school_id, s.region_code, s.name from people.student s
					where s.school_id <> :s and s.region_code not like '45%' order by s.id desc limit 1""")
			.param("s", school)
			.query((rs, n) -> new Student(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.single();
		if (people.existingUsernames(List.of(OUTSIDER)).isEmpty()) {
			people.officialAccount(OUTSIDER, s.name(), Role.STUDENT, s.region(), s.school(), s.id(),
					encoder.encode(cn.xiaoan.support.Demo.PASSWORD), false);
		}
		return demo.jdbc()
			.sql("select person_id from people.account where username = :u")
			.param("u", OUTSIDER)
			.query(Long.class)
			.single();
	}

	private Map<Long, String> names(String sql) {
		Map<Long, String> names = new java.util.HashMap<>();
		demo.jdbc().sql(sql).query(rs -> {
			names.put(rs.getLong(1), rs.getString(2));
		});
		return names;
	}

}
