package cn.xiaoan.people;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.xiaoan.shared.IdCardNumber;
import cn.xiaoan.shared.ImportProblem;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.Sheets;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spreadsheets: every row checked first, problems by row and column, all rows imported or
 * none.
 */
@PlatformTest
class ImportIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	StudentImport students;

	@Autowired
	StaffImport staff;

	/**
	 * An ID number of a region the demo has no students in (东城区), so it never meets a
	 * generated demo student's number.
	 */
	static String card(int seq) {
		String first17 = "110101201501" + String.format("%02d", 1 + seq % 28) + String.format("%03d", seq % 1000);
		return first17 + IdCardNumber.checkChar(first17);
	}

	private List<List<Object>> studentRows(String prefix, int n, String grade) {
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			rows.add(List.of(prefix + i, "学生" + i, card(i + prefix.hashCode() % 7 * 0), grade, "9班",
					i % 2 == 0 ? "是" : "否", "家长" + i, "138" + String.format("%08d", i), "母亲"));
		}
		return rows;
	}

	private ImportJob awaitJob(UUID id) throws InterruptedException {
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

	private String firstGrade(long school) {
		return demo.jdbc()
			.sql("select name from org.grade where school_id = :s order by seq limit 1")
			.param("s", school)
			.query(String.class)
			.single();
	}

	@Test
	void aStudentFileWithBadRowsIsRejectedWholeWithRowAndColumn() throws Exception {
		long school = demo.schoolOf("principal");
		List<List<Object>> rows = new ArrayList<>(studentRows("BAD", 20, firstGrade(school)));
		rows.set(4, List.of("BAD4", "坏号", "110105194912310021", firstGrade(school), "9班", "否", "", "", ""));
		rows.set(9, List.of("BAD9", "", "", "不存在的年级", "9班", "也许", "", "12345", ""));
		rows.set(12, List.of("BAD0", "重复学籍号", "", firstGrade(school), "9班", "否", "", "", ""));
		byte[] file = Sheets.xlsx(Sheets.STUDENT_HEADERS, rows);
		UUID id = demo.callAs("principal",
				() -> students.start(school, "bad.xlsx", new ByteArrayInputStream(file), "Start2026a"));
		ImportJob job = awaitJob(id);
		assertThat(job.status()).isEqualTo("FAILED");
		assertThat(job.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.contains(org.assertj.core.groups.Tuple.tuple(6, "C 身份证号", "idcard.checkdigit"),
					org.assertj.core.groups.Tuple.tuple(11, "B 姓名", "import.value.required"),
					org.assertj.core.groups.Tuple.tuple(11, "D 年级", "student.grade.unknown"),
					org.assertj.core.groups.Tuple.tuple(11, "F 是否住校", "import.value.yesno"),
					org.assertj.core.groups.Tuple.tuple(11, "H 监护人电话", "phone.invalid"),
					org.assertj.core.groups.Tuple.tuple(14, "A 学籍号", "import.value.duplicate"));
		assertThat(demo.jdbc()
			.sql("select count(*) from people.student where student_no like 'BAD%'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aValidStudentFileImportsStudentsParentsAndAccountsThatMustChangeThePassword() throws Exception {
		long school = demo.schoolOf("principal");
		byte[] file = Sheets.xlsx(Sheets.STUDENT_HEADERS, studentRows("OK", 30, firstGrade(school)));
		UUID id = demo.callAs("principal",
				() -> students.start(school, "ok.xlsx", new ByteArrayInputStream(file), "Start2026a"));
		ImportJob job = awaitJob(id);
		assertThat(job.status()).as(job.problems().toString()).isEqualTo("DONE");
		assertThat(job.importedRows()).isEqualTo(30);
		assertThat(demo.jdbc()
			.sql("select count(*) from people.student where student_no like 'OK%' and school_id = :s")
			.param("s", school)
			.query(Integer.class)
			.single()).isEqualTo(30);
		assertThat(demo.jdbc().sql("""
				select username || ' ' || must_change_password from people.account
				where username like 'OK%' or username like 'POK%' order by 1""").query(String.class).list())
			.as("a student and a parent account per row, each to be changed at first sign-in")
			.hasSize(60)
			.allSatisfy(a -> assertThat(a).endsWith(" true"));
		assertThat(demo.jdbc()
			.sql("select count(*) from org.school_class where school_id = :s and name = '9班'")
			.param("s", school)
			.query(Integer.class)
			.single()).isEqualTo(1);
		String stored = demo.jdbc()
			.sql("select encode(id_card_enc, 'escape') from people.student where student_no = 'OK1'")
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain(card(1).substring(6, 14));
		// the same file again: every student number is now taken
		UUID again = demo.callAs("principal",
				() -> students.start(school, "ok.xlsx", new ByteArrayInputStream(file), "Start2026a"));
		assertThat(awaitJob(again).problems()).extracting(ImportProblem::messageKey).contains("student.no.taken");
	}

	@Test
	void aFileThatIsNotAWorkbookIsReportedNotCrashed() throws Exception {
		long school = demo.schoolOf("principal");
		UUID id = demo.callAs("principal", () -> students.start(school, "x.xlsx",
				new ByteArrayInputStream("not a spreadsheet".getBytes()), "Start2026a"));
		ImportJob job = awaitJob(id);
		assertThat(job.status()).isEqualTo("FAILED");
		assertThat(job.problems()).extracting(ImportProblem::messageKey).containsExactly("import.file.unreadable");
		var missingHeader = demo.callAs("principal", () -> staff.importStaff(school,
				new ByteArrayInputStream(Sheets.xlsx(List.of("名字"), List.of(List.of("张三")))), "Start2026a"));
		assertThat(missingHeader.problems()).extracting(ImportProblem::messageKey).contains("import.header.missing");
	}

	@Test
	void staffImportCreatesGuardsThatCountTowardsStaffing() throws Exception {
		long school = demo.schoolOf("principal2");
		int before = demo.jdbc()
			.sql("select count(*) from people.staff where school_id = :s and post_code = 'GUARD'")
			.param("s", school)
			.query(Integer.class)
			.single();
		byte[] file = Sheets.xlsx(List.of("姓名", "性别", "手机号", "岗位", "是否专职", "工号", "登录账号"),
				List.of(List.of("韦保国", "男", "13900001111", "保安", "是", "B901", "sz_guard_901"),
						List.of("覃安全", "女", "", "保安", "否", "B902", "")));
		var result = demo.callAs("principal2",
				() -> staff.importStaff(school, new ByteArrayInputStream(file), "Start2026a"));
		assertThat(result.problems()).isEmpty();
		assertThat(result.imported()).isEqualTo(2);
		assertThat(demo.jdbc()
			.sql("select count(*) from people.staff where school_id = :s and post_code = 'GUARD'")
			.param("s", school)
			.query(Integer.class)
			.single()).isEqualTo(before + 2);
		assertThat(demo.jdbc()
			.sql("select role from people.account where username = 'sz_guard_901'")
			.query(String.class)
			.single()).isEqualTo("GUARD");
	}

}
