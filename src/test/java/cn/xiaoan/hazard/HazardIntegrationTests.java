package cn.xiaoan.hazard;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.Concurrently;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The hazard lifecycle, supervision, escalation and ledger against a real database. */
@PlatformTest
class HazardIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	HazardManagement hazards;

	@Autowired
	HazardDetails details;

	@Autowired
	RectificationPlans plans;

	@Autowired
	HazardSupervision supervision;

	@Autowired
	HazardEscalation escalation;

	@Autowired
	HazardLedger ledger;

	@Autowired
	Notifications notifications;

	@Autowired
	MockMvc mvc;

	private long report(String user, long school, String title, HazardGrade suggested) {
		return demo.callAs(user,
				() -> hazards
					.report(new ReportHazard(school, title, "描述", "教学楼", SafetyCategory.BUILDINGS, HazardSource.AD_HOC,
							null, null, suggested))
					.id());
	}

	@Test
	void aMajorHazardIsSupervisedRectifiedVerifiedByAnotherPersonAndClosed() throws Exception {
		long school = demo.schoolOf("principal");
		long id = report("teacher", school, "教学楼外墙瓷砖空鼓脱落", HazardGrade.MAJOR);
		demo.runAs("safety", () -> {
			hazards.register(id);
			hazards.grade(id, HazardGrade.MAJOR, null);
		});
		assertThatThrownBy(() -> demo.runAs("safety", () -> hazards.startRectification(id)))
			.isInstanceOf(BusinessRuleViolation.class);
		LocalDate deadline = LocalDate.now().plusDays(20);
		demo.runAs("principal", () -> plans.file(id,
				new RectificationPlan("王校长", "拆除空鼓瓷砖并设置围挡", new BigDecimal("38000.00"), deadline, "设置警戒线，学生绕行北门")));
		demo.runAs("tx_safety", () -> supervision.supervise(id, deadline));
		byte[] pdf = mvc.perform(get("/api/v1/hazards/{id}/notice.pdf", id).with(demo.as("principal")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		java.nio.file.Files.write(java.nio.file.Path.of("target/notice-sample.pdf"), pdf);
		var reader = new com.lowagie.text.pdf.PdfReader(pdf);
		String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
		assertThat(text).contains("限期整改通知书").contains("教学楼外墙瓷砖空鼓脱落").contains(deadline.toString());
		mvc.perform(get("/api/v1/hazards/{id}/notice.pdf", id).with(demo.as("principal2")))
			.andExpect(status().isNotFound());
		// notification hears HazardSupervised after the commit, in its own transaction.
		await().untilAsserted(() -> assertThat(demo.callAs("principal", () -> notifications.inbox()))
			.anySatisfy(m -> assertThat(m.messageKey()).isEqualTo("notify.hazard.supervised")));
		demo.runAs("safety", () -> {
			hazards.startRectification(id);
			hazards.completeRectification(id, "已拆除并重新铺贴");
		});
		assertThatThrownBy(() -> demo.runAs("safety", () -> hazards.verify(id, true, ""))).isInstanceOfSatisfying(
				BusinessRuleViolation.class, ex -> assertThat(ex.fieldErrors()).containsKey("verifier"));
		demo.runAs("tx_safety", () -> supervision.accept(id, "现场验收合格"));
		demo.runAs("principal", () -> hazards.close(id));
		var detail = demo.callAs("tx_safety", () -> details.of(id));
		assertThat(detail.hazard().status()).isEqualTo(HazardStatus.CLOSED);
		assertThat(detail.supervision().acceptedAt()).isNotNull();
		assertThat(detail.transitions()).extracting(t -> t.to())
			.containsSubsequence(HazardStatus.REPORTED, HazardStatus.REGISTERED, HazardStatus.GRADED,
					HazardStatus.RECTIFYING, HazardStatus.AWAITING_VERIFICATION, HazardStatus.VERIFIED,
					HazardStatus.CLOSED);
		assertThat(demo.jdbc()
			.sql("select count(*) from audit.entry where entity_type = 'hazard' and entity_id = :id")
			.param("id", String.valueOf(id))
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(7);
	}

	@Test
	void anOverdueHazardEscalatesExactlyOnceEvenWhenTwoInstancesRunTheJobTogether() throws Exception {
		long school = demo.schoolOf("principal2");
		long id = report("principal2", school, "配电房门锁损坏", HazardGrade.GENERAL);
		demo.runAs("principal2", () -> {
			hazards.register(id);
			hazards.grade(id, HazardGrade.GENERAL, LocalDate.now());
		});
		demo.jdbc().sql("update hazard.hazard set deadline = current_date - 3 where id = :id").param("id", id).update();
		// Two instances of the job at the same moment.
		Concurrently.run(escalation::escalateOverdue, escalation::escalateOverdue);
		assertThat(demo.jdbc()
			.sql("select escalation_level from hazard.hazard where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("COUNTY");
		assertThat(demo.jdbc()
			.sql("select count(*) from hazard.transition where hazard_id = :id and note_key like 'hazard.history.escalated.%'")
			.param("id", id)
			.query(Integer.class)
			.single()).isEqualTo(1);
		await().untilAsserted(
				() -> assertThat(demo.callAs("sz_safety", () -> notifications.inbox()))
					.filteredOn(m -> m.messageKey().equals("notify.hazard.escalated")
							&& m.args().get(0).equals(String.format("YH%06d", id)))
					.hasSize(1));
		assertThat(demo.callAs("qj_safety", () -> notifications.inbox()))
			.noneSatisfy(m -> assertThat(m.args()).contains(String.format("YH%06d", id)));
		// A later run within the same period does not move it again.
		escalation.escalateOverdue();
		assertThat(demo.jdbc()
			.sql("select escalation_level from hazard.hazard where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("COUNTY");
		// A period later it rises to the city.
		demo.jdbc()
			.sql("update hazard.hazard set escalated_at = now() - interval '10 days' where id = :id")
			.param("id", id)
			.update();
		escalation.escalateOverdue();
		assertThat(demo.jdbc()
			.sql("select escalation_level from hazard.hazard where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("CITY");
	}

	@Test
	void aGeneralHazardIsFixedOnTheSpotAndTheLedgerCountsIt() {
		long school = demo.schoolOf("principal");
		var before = demo.callAs("tx_safety", () -> ledger.statistics(LedgerQuery.all())).total();
		long id = report("guard", school, "消防通道堆放杂物", HazardGrade.GENERAL);
		demo.runAs("safety", () -> hazards.fixOnTheSpot(id, "已清理"));
		var after = demo.callAs("tx_safety", () -> ledger.statistics(LedgerQuery.all()));
		assertThat(after.total().hazards()).isEqualTo(before.hazards() + 1);
		assertThat(after.total().fixed()).isEqualTo(before.fixed() + 1);
		assertThat(after.below()).anySatisfy(row -> assertThat(row.key()).isEqualTo(String.valueOf(school)));
		var city = demo.callAs("wz_safety", () -> ledger.statistics(LedgerQuery.all()));
		assertThat(city.below()).anySatisfy(row -> assertThat(row.key()).isEqualTo("450422"));
	}

	@Test
	void manySummariesAtOnceLeaveOutWhatTheCallerMayNotSee() {
		long ours = report("guard", demo.schoolOf("principal"), "楼梯扶手松动", HazardGrade.GENERAL);
		long theirs = report("principal2", demo.schoolOf("principal2"), "围墙裂缝", HazardGrade.GENERAL);
		var asked = java.util.List.of(ours, theirs, ours, Long.MAX_VALUE);
		assertThat(demo.callAs("tx_safety", () -> hazards.summaries(asked))).containsOnlyKeys(ours)
			.hasEntrySatisfying(ours, h -> assertThat(h.number())
				.isEqualTo(demo.callAs("tx_safety", () -> hazards.summary(ours)).number()));
		assertThat(demo.callAs("principal2", () -> hazards.summaries(asked))).containsOnlyKeys(theirs);
		assertThat(demo.callAs("wz_safety", () -> hazards.summaries(java.util.List.<Long>of()))).isEmpty();
	}

	@Autowired
	cn.xiaoan.hazard.HazardPhotos photos;

	@Test
	void photosAreTakenAsFoundAndAfterTheFixAndOnlyInScope() throws Exception {
		long school = demo.schoolOf("principal");
		long id = report("guard", school, "校门口积水结冰", HazardGrade.GENERAL);
		byte[] png = cn.xiaoan.support.Images.png(64, 48);
		var found = demo.callAs("guard",
				() -> photos.attach(id, cn.xiaoan.hazard.HazardPhotos.Kind.FOUND, png, "a.png"));
		assertThatThrownBy(() -> demo.callAs("safety",
				() -> photos.attach(id, cn.xiaoan.hazard.HazardPhotos.Kind.AFTER, png, "b.png")))
			.isInstanceOf(BusinessRuleViolation.class);
		demo.runAs("safety", () -> hazards.fixOnTheSpot(id, "已清除"));
		demo.runAs("safety", () -> photos.attach(id, cn.xiaoan.hazard.HazardPhotos.Kind.AFTER, png, "b.png"));
		assertThat(demo.callAs("tx_safety", () -> photos.of(id))).hasSize(2);
		assertThatThrownBy(() -> demo.callAs("principal2",
				() -> photos.attach(id, cn.xiaoan.hazard.HazardPhotos.Kind.FOUND, png, "c.png")))
			.isInstanceOf(cn.xiaoan.shared.NotFound.class);
		mvc.perform(get("/files/{id}", found.fileId()).with(demo.as("principal2"))).andExpect(status().isNotFound());
		mvc.perform(get("/files/{id}", found.fileId()).with(demo.as("tx_safety"))).andExpect(status().isOk());
	}

	@Test
	void theReportFormTakesAPhotoAlong() throws Exception {
		long school = demo.schoolOf("principal");
		String location = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/hazards/report")
				.file(new org.springframework.mock.web.MockMultipartFile("photo", "p.png", "image/png",
						cn.xiaoan.support.Images.png(80, 60)))
				.param("schoolId", String.valueOf(school))
				.param("title", "走廊灯不亮")
				.param("category", "BUILDINGS")
				.with(demo.as("teacher"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll("\\D", ""));
		assertThat(demo.callAs("teacher", () -> photos.of(id))).hasSize(1);
	}

	@Test
	void otherTenantsCannotSeeOrTouchAHazard() throws Exception {
		long school = demo.schoolOf("principal");
		long id = report("safety", school, "实验室危化品未双人双锁", HazardGrade.MAJOR);
		for (String user : new String[] { "principal2", "sz_admin", "sz_safety" }) {
			assertThat(mvc.perform(get("/api/v1/hazards/{id}", id).with(demo.as(user)))
				.andReturn()
				.getResponse()
				.getStatus()).as(user).isEqualTo(404);
			assertThat(mvc.perform(get("/hazards/{id}", id).with(demo.as(user))).andReturn().getResponse().getStatus())
				.as(user)
				.isEqualTo(404);
			for (String step : new String[] { "register", "start", "complete", "verify", "close", "spotfix",
					"supervise" }) {
				int status = mvc
					.perform(post("/api/v1/hazards/{id}/" + step, id).with(demo.as(user))
						.with(csrf())
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"deadline\":\"2030-01-01\"}"))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(status).as(user + " " + step).isIn(403, 404);
			}
		}
		mvc.perform(post("/api/v1/hazards").with(demo.as("principal2"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolId\":" + school + ",\"title\":\"越权上报\",\"category\":\"FIRE\",\"source\":\"AD_HOC\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/hazards").with(demo.as("sz_safety")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isEmpty());
		mvc.perform(post("/api/v1/hazards/{id}/register", id).with(demo.as("teacher")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void badHazardInputIsA400WithFieldErrors() throws Exception {
		long school = demo.schoolOf("principal");
		mvc.perform(post("/api/v1/hazards").with(demo.as("safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolId\":" + school + ",\"title\":\"" + "长".repeat(101)
					+ "\",\"category\":\"FIRE\",\"source\":\"AD_HOC\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.title").exists());
		mvc.perform(post("/api/v1/hazards").with(demo.as("safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolId\":" + school + ",\"title\":\"x\",\"category\":\"VOLCANO\",\"source\":\"AD_HOC\"}"))
			.andExpect(status().isBadRequest());
		long id = report("safety", school, "围墙开裂", HazardGrade.MAJOR);
		mvc.perform(post("/api/v1/hazards/{id}/register", id).with(demo.as("safety")).with(csrf()))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/hazards/{id}/grade", id).with(demo.as("safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"grade\":\"MAJOR\",\"deadline\":\"2001-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.deadline").value("整改期限不能早于今天"));
		mvc.perform(post("/api/v1/hazards/{id}/close", id).with(demo.as("safety")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.status").exists());
	}

}
