package cn.xiaoan.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.xiaoan.shared.Role;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school's staff are its accounts but its students' and parents'; a class reaches its
 * students and/or their parents, each once; nobody of another school or class is included
 * — the same accounts the notice module used to read from people's views.
 */
@PlatformTest
class RecipientsIntegrationTests {

	private static final List<Set<Role>> CLASS_ROLES = List.of(EnumSet.of(Role.STUDENT), EnumSet.of(Role.PARENT),
			EnumSet.of(Role.STUDENT, Role.PARENT), EnumSet.noneOf(Role.class));

	@Autowired
	Demo demo;

	@Autowired
	Recipients recipients;

	@Test
	void aSchoolsStaffLeaveOutItsStudentsParentsAndOtherSchools() {
		long school = studentColumn(demo.studentOf("parent"), "school_id");
		var other = demo.jdbc()
			.sql("""
					select id, school_id from people.account
					where school_id <> :s and role not in ('STUDENT', 'PARENT') order by id limit 1""")
			.param("s", school)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();

		List<Long> staff = recipients.staffAccountsOf(school);

		assertThat(staff).contains(demo.accountOf("principal"), demo.accountOf("safety"))
			.doesNotContain(demo.accountOf("student"), demo.accountOf("parent"), other[0])
			.doesNotHaveDuplicates();
		assertThat(recipients.staffAccountsOf(other[1])).contains(other[0]).doesNotContain(demo.accountOf("principal"));
	}

	@Test
	void aClassReachesItsStudentsOrParentsOrBothEachOnce() {
		long child = demo.studentOf("parent");
		long classId = studentColumn(child, "class_id");
		long otherClass = studentColumn(demo.studentOutside(studentColumn(child, "school_id")), "class_id");
		long student = demo.accountOf("student");
		long parent = demo.accountOf("parent");

		assertThat(recipients.accountsOfClasses(List.of(classId), EnumSet.of(Role.STUDENT))).contains(student)
			.doesNotContain(parent);
		assertThat(recipients.accountsOfClasses(List.of(classId), EnumSet.of(Role.PARENT))).contains(parent)
			.doesNotContain(student);
		List<Long> both = recipients.accountsOfClasses(List.of(classId, classId),
				EnumSet.of(Role.STUDENT, Role.PARENT));
		assertThat(both).contains(student, parent)
			.doesNotHaveDuplicates()
			.doesNotContainAnyElementsOf(
					recipients.accountsOfClasses(List.of(otherClass), EnumSet.of(Role.STUDENT, Role.PARENT)));
		assertThat(recipients.accountsOfClasses(List.of(classId), Set.of())).isEmpty();
		assertThat(recipients.accountsOfClasses(List.of(), EnumSet.of(Role.STUDENT))).isEmpty();
	}

	/**
	 * The queries {@code NoticeDelivery} ran on people's views before it asked people.
	 */
	@Test
	void theAccountsAreThoseTheNoticeModuleReadFromPeoplesViews() {
		for (long school : demo.schoolsIn("")) {
			assertThat(recipients.staffAccountsOf(school)).as("staff of school %d", school)
				.containsExactlyInAnyOrderElementsOf(demo.jdbc()
					.sql("""
							select u.account_id from people.account_unit u
							where u.school_id = :s
							  and not exists (select 1 from people.student_account a where a.account_id = u.account_id)""")
					.param("s", school)
					.query(Long.class)
					.list());
		}
		long school = studentColumn(demo.studentOf("parent"), "school_id");
		List<Long> classes = demo.jdbc()
			.sql("select distinct class_id from people.class_roster where school_id = :s order by class_id")
			.param("s", school)
			.query(Long.class)
			.list();
		for (Set<Role> roles : CLASS_ROLES) {
			assertThat(recipients.accountsOfClasses(classes, roles)).as("%s of the school's classes", roles)
				.containsExactlyInAnyOrderElementsOf(demo.jdbc()
					.sql("""
							select distinct a.account_id from people.class_roster r
							join people.student_account a on a.student_id = r.student_id and a.role = any(:roles)
							where r.class_id = any(:classes)""")
					.param("roles", roles.stream().map(Role::name).toArray(String[]::new))
					.param("classes", classes.toArray(Long[]::new))
					.query(Long.class)
					.list());
		}
	}

	private long studentColumn(long studentId, String column) {
		return demo.jdbc()
			.sql("select " + column + " from people.student where id = :s")
			.param("s", studentId)
			.query(Long.class)
			.single();
	}

}
