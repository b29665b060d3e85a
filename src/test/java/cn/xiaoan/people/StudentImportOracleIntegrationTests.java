package cn.xiaoan.people;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import cn.xiaoan.people.privacy.PersonalDataCipher;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.Sheets;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The student import follows the enrolment rule: no answer about other provinces'
 * numbers.
 */
@PlatformTest
class StudentImportOracleIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	StudentImport students;

	@Autowired
	PersonalDataCipher cipher;

	private ImportJob run(String user, List<List<Object>> rows) throws Exception {
		long school = demo.schoolOf(user);
		byte[] file = Sheets.xlsx(Sheets.STUDENT_HEADERS, rows);
		UUID id = demo.callAs(user,
				() -> students.start(school, "s.xlsx", new ByteArrayInputStream(file), "Start2026a"));
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			ImportJob job = demo.callAs(user, () -> students.job(id));
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
	void anImportedRowWhoseNumberAnotherProvinceHoldsIsImportedAndBecomesATransferRequest() throws Exception {
		var held = demo.jdbc().sql("""
				select id, student_no, id_card_enc from people.student
				where school_id = :s and id_card_enc is not null and left_on is null and not claim_pending
				order by id desc offset 20 limit 1""").param("s", demo.schoolOf("principal")).query().singleRow();
		String card = cipher.decrypt((byte[]) held.get("id_card_enc"));
		String grade = firstGrade(demo.schoolOf("principal2"));
		ImportJob job = run("principal2",
				List.of(List.of("IMPX" + System.nanoTime() % 100000, "转学生", card, grade, "7班", "否", "", "", ""),
						List.of((String) held.get("student_no"), "同号生", "", grade, "7班", "否", "", "", "")));
		assertThat(job.problems()).isEmpty();
		assertThat(job.status()).isEqualTo("DONE");
		assertThat(demo.jdbc()
			.sql("select count(*) from people.student_transfer_request where student_id = :s")
			.param("s", held.get("id"))
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void anImportedRowWhoseNumberTheSameSchoolHoldsIsStillReported() throws Exception {
		var held = demo.jdbc()
			.sql("""
					select student_no from people.student
					where school_id = :s and left_on is null and not claim_pending order by id desc offset 21 limit 1""")
			.param("s", demo.schoolOf("principal"))
			.query(String.class)
			.single();
		ImportJob job = run("principal",
				List.of(List.of(held, "同号生", "", firstGrade(demo.schoolOf("principal")), "7班", "否", "", "", "")));
		assertThat(job.problems()).anyMatch(p -> p.messageKey().equals("student.no.taken"));
	}

}
