package cn.xiaoan.people;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.xiaoan.shared.IdCardNumber;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.Sheets;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Imports keep their bounds (issue 9): a status poll stays small whatever the file, the
 * problems hold no full ID number or phone, hostile workbooks are refused fast, and old
 * jobs are purged.
 */
@PlatformTest
class ImportBoundsIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	ImportJobRetention retention;

	private static String card(int seq) {
		String first17 = "450422201502" + String.format("%02d", 1 + seq % 28) + String.format("%03d", seq % 1000);
		return first17 + IdCardNumber.checkChar(first17);
	}

	private UUID upload(byte[] xlsx) throws Exception {
		long school = demo.schoolOf("principal");
		String body = mvc
			.perform(multipart("/api/v1/schools/{id}/students/imports", school)
				.file(new MockMultipartFile("file", "bad.xlsx", null, xlsx))
				.param("initialPassword", "Start2026a")
				.with(demo.as("principal"))
				.with(csrf()))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(body.replaceAll(".*\"job\":\"([0-9a-f-]+)\".*", "$1"));
	}

	private String poll(UUID job, int page) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			String body = mvc
				.perform(get("/api/v1/imports/{job}", job).param("page", String.valueOf(page))
					.with(demo.as("principal")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (!body.contains("\"status\":\"RUNNING\"")) {
				return body;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("import did not finish");
	}

	@Test
	void theStatusPollOfASheetWithThousandsOfBadRowsStaysUnder64Kilobytes() throws Exception {
		// 23 KB on disk once made every poll answer 20 MB: long cells repeated on bad
		// rows
		String longName = "长".repeat(30_000);
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			rows.add(List.of("BOUND" + i, longName, "450422201502300000", "不存在的年级", "1班", "也许", "", "12345", ""));
		}
		UUID job = upload(Sheets.xlsx(Sheets.STUDENT_HEADERS, rows));
		String first = poll(job, 0);
		assertThat(first.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(64 * 1024);
		assertThat(first).contains("\"status\":\"FAILED\"").contains("\"problemCount\":");
		long count = Long.parseLong(first.replaceAll(".*\"problemCount\":(\\d+).*", "$1"));
		assertThat(count).isGreaterThan(5000 * 4);
		String last = poll(job, 4);
		assertThat(last.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(64 * 1024);
		assertThat(last).contains("\"page\":4").contains("\"pages\":5").contains("import.problems.more");
	}

	@Test
	void importProblemsHoldNoFullIdNumberOrGuardianPhone() throws Exception {
		long school = demo.schoolOf("principal");
		String grade = demo.jdbc()
			.sql("select name from org.grade where school_id = :s order by seq limit 1")
			.param("s", school)
			.query(String.class)
			.single();
		String badCard = card(7).substring(0, 17) + (card(7).endsWith("1") ? "2" : "1");
		String twice = card(8);
		List<List<Object>> rows = List.of(
				List.of("MASK1", "学生甲", badCard, grade, "1班", "否", "家长甲", "139001390012", "母亲"),
				List.of("MASK2", "学生乙", twice, grade, "1班", "否", "家长乙", "13900139001", "父亲"),
				List.of("MASK3", "学生丙", twice, grade, "1班", "否", "家长丙", "13900139001", "父亲"));
		UUID job = upload(Sheets.xlsx(Sheets.STUDENT_HEADERS, rows));
		String polled = poll(job, 0);
		String stored = demo.jdbc()
			.sql("select problems from people.import_job where id = :id")
			.param("id", job)
			.query(String.class)
			.single();
		String page = mvc.perform(get("/imports/{job}", job).with(demo.as("principal")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(stored).contains("身份证号").contains("监护人电话");
		for (String text : List.of(stored, polled, page)) {
			assertThat(text).doesNotContain(badCard).doesNotContain(twice).doesNotContain("139001390012");
		}
		assertThat(stored).contains(badCard.substring(0, 2) + "**************" + badCard.substring(16));
	}

	@Test
	void aRejectedWorkbookPageListsTheFirst200ProblemsAndCountsTheRest() throws Exception {
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			rows.add(List.of("bound_user" + i, "用户" + i, "不存在的角色"));
		}
		String page = mvc
			.perform(multipart("/accounts/import")
				.file(new MockMultipartFile("file", "a.xlsx", null, Sheets.xlsx(AccountImport.HEADERS, rows)))
				.with(demo.as("admin"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("发现 300 处问题").contains("另有 100 处问题未列出");
	}

	@Test
	void aZipBombIsRefusedQuicklyNamingTheBound() throws Exception {
		byte[] bomb = Sheets.zipBomb(300L * 1024 * 1024);
		assertThat(bomb.length).isLessThan(1024 * 1024);
		long start = System.nanoTime();
		UUID job = upload(bomb);
		String polled = poll(job, 0);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		assertThat(polled).contains("import.file.inflated").contains("\"value\":\"200\"");
	}

	@Test
	void importJobsArePurgedAfterTheRetentionPeriod() {
		long school = demo.schoolOf("principal");
		long account = demo.jdbc()
			.sql("select id from people.account where username = 'principal'")
			.query(Long.class)
			.single();
		UUID old = UUID.randomUUID();
		UUID recent = UUID.randomUUID();
		for (UUID id : List.of(old, recent)) {
			demo.jdbc()
				.sql("""
						insert into people.import_job (id, kind, school_id, account_id, status, phase, created_at, finished_at)
						values (:id, 'STUDENT', :s, :a, 'FAILED', 'DONE', :at, :at)""")
				.param("id", id)
				.param("s", school)
				.param("a", account)
				.param("at", java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(id.equals(old) ? 31 : 29))))
				.update();
		}
		assertThat(retention.purge()).isGreaterThanOrEqualTo(1);
		assertThat(demo.jdbc()
			.sql("select id from people.import_job where id in (:o, :r)")
			.param("o", old)
			.param("r", recent)
			.query(UUID.class)
			.list()).containsExactly(recent);
	}

	@Test
	void aStudentSheetIsNotReadInsideATransaction() {
		byte[] sheet = Sheets.xlsx(Sheets.STUDENT_HEADERS, List.of());
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> tx.executeWithoutResult(
				s -> cn.xiaoan.shared.ExcelTable.read(new ByteArrayInputStream(sheet), List.of(), 10, row -> {
				})))
			.isInstanceOf(IllegalStateException.class);
	}

	@Autowired
	org.springframework.transaction.support.TransactionTemplate tx;

}
