package cn.xiaoan.people;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.xiaoan.shared.ImportProblem;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.Sheets;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import reports every problem of the file in one pass: errors of a row, duplicates
 * within the file and clashes with registered records together, and nothing is written.
 */
@PlatformTest
class ImportOnePassIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	StudentImport students;

	@Autowired
	AccountImport accounts;

	@Autowired
	StaffImport staff;

	private ImportJob run(long school, List<List<Object>> rows) throws Exception {
		byte[] file = Sheets.xlsx(Sheets.STUDENT_HEADERS, rows);
		UUID id = demo.callAs("principal",
				() -> students.start(school, "s.xlsx", new ByteArrayInputStream(file), "Start2026a"));
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			ImportJob job = demo.callAs("principal", () -> students.job(id));
			if (job.finished()) {
				return job;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("import did not finish");
	}

	@Test
	void importReportsInFileErrorsAndExistingDuplicatesTogether() throws Exception {
		long school = demo.schoolOf("principal");
		Map<String, Object> held = demo.jdbc().sql("""
				select s.student_no, s.name, g.name || c.name as class_name from people.student s
				join org.school_class c on c.id = s.class_id join org.grade g on g.id = c.grade_id
				where s.school_id = :s and s.left_on is null and not s.claim_pending and char_length(s.name) >= 2
				order by s.id offset 30 limit 1""").param("s", school).query().singleRow();
		String grade = demo.jdbc()
			.sql("select name from org.grade where school_id = :s order by seq limit 1")
			.param("s", school)
			.query(String.class)
			.single();
		String prefix = "ONE" + System.nanoTime() % 100000;
		ImportJob job = run(school,
				List.of(List.of(prefix + "1", "新生甲", "", grade, "9班", "否", "", "", ""),
						List.of(prefix + "2", "", "", "不存在的年级", "9班", "否", "", "", ""),
						List.of(prefix + "1", "新生乙", "", grade, "9班", "否", "", "", ""),
						List.of((String) held.get("student_no"), "同号生", "", grade, "9班", "否", "", "", "")));
		assertThat(job.status()).isEqualTo("FAILED");
		assertThat(job.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(Tuple.tuple(3, "B 姓名", "import.value.required"),
					Tuple.tuple(3, "D 年级", "student.grade.unknown"), Tuple.tuple(4, "A 学籍号", "import.value.duplicate"),
					Tuple.tuple(5, "A 学籍号", "student.no.taken"));
		String name = (String) held.get("name");
		String existing = job.problems().get(3).value();
		assertThat(existing).as("the existing student: class and a masked name")
			.contains((String) held.get("class_name"))
			.contains(name.substring(0, 1) + "*")
			.doesNotContain(name)
			.doesNotContain((String) held.get("student_no"));
		assertThat(demo.jdbc()
			.sql("select count(*) from people.student where student_no like :p")
			.param("p", prefix + "%")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void accountImportReportsATakenUsernameOnARowWithOtherProblemsToo() {
		byte[] file = Sheets.xlsx(AccountImport.HEADERS,
				List.of(List.of("tx_safety", "重名", "不存在的角色", "450422", "", "", "")));
		AccountImport.Result result = demo.callAs("tx_admin",
				() -> accounts.importAccounts(new ByteArrayInputStream(file)));
		assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::messageKey)
			.containsExactly(Tuple.tuple(2, "account.role.unknown"), Tuple.tuple(2, "account.username.taken"));
		assertThat(result.imported()).isZero();
	}

	@Test
	void staffImportReportsATakenUsernameOnARowWithOtherProblemsToo() {
		long school = demo.schoolOf("principal");
		byte[] file = Sheets.xlsx(StaffImport.HEADERS,
				List.of(List.of("重名教师", "男", "", "不存在的岗位", "是", "", "teacher", "")));
		StaffImport.Result result = demo.callAs("principal",
				() -> staff.importStaff(school, new ByteArrayInputStream(file), "Start2026a"));
		assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::messageKey)
			.containsExactly(Tuple.tuple(2, "staff.post.unknown"), Tuple.tuple(2, "account.username.taken"));
	}

}
