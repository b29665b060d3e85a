package cn.xiaoan.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.xiaoan.education.AssignHomework;
import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.education.Homework;
import cn.xiaoan.education.IssueCampaign;
import cn.xiaoan.hazard.HazardManagement;
import cn.xiaoan.hazard.HazardSummary;
import cn.xiaoan.hazard.ReportHazard;
import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.Images;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.Sheets;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The writes that left no audit entry before issue 9: sign-outs, reminders, parent
 * confirmations, hazard photos and student imports.
 */
@PlatformTest
class AuditedWritesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	EducationManagement education;

	@Autowired
	HazardManagement hazards;

	@Test
	void aSignOutIsAuditedByTheFormAndByTheApi() throws Exception {
		mvc.perform(post("/logout").with(demo.as("wx_safety")).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(last("wx_safety")).containsEntry("action", "LOGOUT").containsEntry("entity_type", "account");
		mvc.perform(delete("/api/v1/session").with(demo.as("cx_admin")).with(csrf())).andExpect(status().isNoContent());
		assertThat(last("cx_admin")).containsEntry("action", "LOGOUT");
	}

	@Test
	void aHomeworkReminderAndAParentsConfirmationAreAudited() throws Exception {
		Campaign campaign = demo.callAs("tx_safety", () -> education.issue(new IssueCampaign("审计提醒测试", "暑期防溺水",
				"DROWNING", LocalDate.now().minusDays(1), LocalDate.now().plusDays(20), true, null)));
		long school = demo.schoolOf("principal");
		long child = demo.studentOf("parent");
		long classId = demo.jdbc()
			.sql("select class_id from people.student where id = :s")
			.param("s", child)
			.query(Long.class)
			.single();
		Homework homework = demo.callAs("principal", () -> education.assign(new AssignHomework(school, campaign.id(),
				null, "", List.of(classId), LocalDate.now().plusDays(7), true)));
		mvc.perform(post("/homework/" + homework.id() + "/classes/" + classId + "/remind").with(demo.as("principal"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(last("principal")).containsEntry("action", "REMIND")
			.containsEntry("entity_type", "education.homework")
			.containsEntry("entity_id", String.valueOf(homework.id()));
		mvc.perform(post("/api/v1/my/homework/" + homework.id() + "/students/" + child + "/parent-confirmation")
			.with(demo.as("parent"))
			.with(csrf())).andExpect(status().isOk());
		assertThat(last("parent")).containsEntry("action", "PARENT_CONFIRM")
			.containsEntry("entity_id", homework.id() + "@" + child);
	}

	@Test
	void aHazardPhotoIsAudited() throws Exception {
		long school = demo.schoolOf("principal");
		HazardSummary hazard = demo.callAs("principal", () -> hazards
			.report(new ReportHazard(school, "审计照片测试", "", "教学楼", SafetyCategory.values()[0], null, null, null, null)));
		mvc.perform(multipart("/hazards/" + hazard.id() + "/photos")
			.file(new MockMultipartFile("photo", "p.png", "image/png", Images.png(40, 30)))
			.param("kind", "FOUND")
			.with(demo.as("principal"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(last("principal")).containsEntry("action", "CREATE")
			.containsEntry("entity_type", "hazard_photo")
			.containsEntry("entity_id", String.valueOf(hazard.id()));
	}

	@Test
	void aStudentImportIsAudited() throws Exception {
		long school = demo.schoolOf("principal");
		String grade = demo.jdbc()
			.sql("select name from org.grade where school_id = :s order by seq limit 1")
			.param("s", school)
			.query(String.class)
			.single();
		byte[] sheet = Sheets.xlsx(Sheets.STUDENT_HEADERS,
				List.of(List.of("AUD1", "审计导入一", "", grade, "8班", "否", "家长一", "", "父亲"),
						List.of("AUD2", "审计导入二", "", grade, "8班", "否", "家长二", "", "母亲")));
		mvc.perform(multipart("/api/v1/schools/" + school + "/students/imports")
			.file(new MockMultipartFile("file", "s.xlsx", "application/octet-stream", sheet))
			.param("initialPassword", "Start2026a")
			.with(demo.as("principal"))
			.with(csrf())).andExpect(status().is2xxSuccessful());
		await().atMost(java.time.Duration.ofSeconds(20)).until(() -> !"RUNNING".equals(lastImport().split(" ")[0]));
		assertThat(lastImport()).startsWith("DONE");
		assertThat(last("principal")).containsEntry("action", "IMPORT")
			.containsEntry("entity_type", "student")
			.hasEntrySatisfying("after", a -> assertThat((String) a).contains("\"rows\": 2"));
	}

	private String lastImport() {
		return demo.jdbc()
			.sql("select status || ' ' || problems from people.import_job where kind = 'STUDENT' "
					+ "order by created_at desc limit 1")
			.query(String.class)
			.single();
	}

	private Map<String, Object> last(String username) {
		return demo.jdbc().sql("""
				select action, entity_type, entity_id, cast(after as text) as after from audit.entry
				where username = :u order by id desc limit 1""").param("u", username).query().singleRow();
	}

}
