package cn.xiaoan.bullying;

import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bullying cases on the demo school (committee: the principal and the safety officer;
 * 藤县's office: tx_safety): the public form and its limits, the code lookup, deadlines
 * from policy, closing rules, who reads a case and that every read is audited.
 */
@PlatformTest
class BullyingIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	BullyingReports reports;

	@Autowired
	BullyingManagement management;

	@Autowired
	BullyingReviews reviews;

	@Autowired
	BullyingCases cases;

	private static RequestPostProcessor from(String address) {
		return r -> {
			r.setRemoteAddr(address);
			return r;
		};
	}

	private long report(String story, LocalDate received) {
		return demo.callAs("safety", () -> reports
			.report(new ReportBullying(null, received, "食堂", story, "罗思琪", "八年级", "黄志明", "八年级", "", "", received)));
	}

	@Test
	void thePublicFormIsRateLimitedPerClientWithAChineseMessage() throws Exception {
		long school = demo.schoolOf("principal");
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/public/bullying").param("schoolId", String.valueOf(school))
				.param("happenedOn", LocalDate.now().toString())
				.param("description", "限流测试" + i)
				.with(from("10.1.1.1"))
				.with(csrf())).andExpect(status().isOk());
		}
		mvc.perform(post("/public/bullying").param("schoolId", String.valueOf(school))
			.param("happenedOn", LocalDate.now().toString())
			.param("description", "第六次")
			.with(from("10.1.1.1"))
			.with(csrf()))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("过于频繁")));
		// another client is not held back, and the form still needs its CSRF token
		mvc.perform(post("/public/bullying").param("schoolId", String.valueOf(school))
			.param("happenedOn", LocalDate.now().toString())
			.param("description", "另一个设备")
			.with(from("10.1.1.2"))
			.with(csrf())).andExpect(status().isOk());
		mvc.perform(post("/public/bullying").param("schoolId", String.valueOf(school))
			.param("description", "无令牌")
			.with(from("10.1.1.3"))).andExpect(status().isForbidden());
	}

	@Test
	void theCodeLookupRevealsOnlyACoarseStateAndIsLimited() throws Exception {
		long school = demo.schoolOf("principal");
		String code = reports.reportPublicly(
				new ReportBullying(school, LocalDate.now(), "厕所", "被索要零花钱", "陆可馨", "五年级", "梁子豪", "六年级", "", "", null),
				"10.2.2.2");
		assertThat(code).matches("[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}");
		assertThat(demo.jdbc()
			.sql("select count(*) from bullying.bullying_case where code_hash = :c")
			.param("c", code)
			.query(Long.class)
			.single()).as("the code is stored hashed").isZero();
		String page = mvc.perform(
				post("/public/bullying/status").param("code", code.toLowerCase()).with(from("10.2.2.3")).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("已受理").doesNotContain("陆可馨", "梁子豪", "被索要零花钱");
		for (int i = 0; i < 9; i++) {
			mvc.perform(post("/public/bullying/status").param("code", "AAAA-BBBB-CCCC-DDD" + i)
				.with(from("10.2.2.3"))
				.with(csrf())).andExpect(status().isOk());
		}
		mvc.perform(post("/public/bullying/status").param("code", code).with(from("10.2.2.3")).with(csrf()))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void deadlinesComeFromPolicy() {
		LocalDate received = LocalDate.now().minusDays(3);
		long id = report("被起侮辱性绰号", received);
		CaseFile file = demo.callAs("principal", () -> cases.file(id));
		assertThat(file.decisionDue()).isEqualTo(received.plusDays(10));
		assertThat(file.daysLeft()).isEqualTo(7);
		demo.runAs("principal",
				() -> management.decide(id, new DecideCase(true, BullyingKind.VERBAL, Severity.GENERAL, "长期起侮辱性绰号")));
		demo.runAs("principal", () -> management.informFamily(id,
				new InformFamily(Side.VICTIM, LocalDate.now().minusDays(1), NoticeMethod.PHONE)));
		CaseFile decided = demo.callAs("principal", () -> cases.file(id));
		assertThat(decided.notices().get(0).appealUntil()).isEqualTo(LocalDate.now().minusDays(1).plusDays(7));
		assertThat(decided.followUps()).extracting(CaseFile.FollowUp::dueOn)
			.contains(LocalDate.now().plusDays(7), LocalDate.now().plusDays(30), LocalDate.now().plusDays(90));
		demo.runAs("tx_safety", () -> reviews.fileAppeal(id, new FileAppeal(Side.VICTIM, LocalDate.now(), "认为处理过轻")));
		assertThat(demo.callAs("tx_safety", () -> cases.file(id)).appeal().answerDue())
			.isEqualTo(LocalDate.now().plusDays(15));
	}

	@Test
	void closingIsRefusedUntilBothFamiliesAreInformed() {
		long id = report("被同学故意绊倒", LocalDate.now().minusDays(30));
		demo.runAs("principal", () -> management.decide(id, new DecideCase(false, null, null, "偶发冲突，不构成欺凌")));
		demo.runAs("principal", () -> management.informFamily(id,
				new InformFamily(Side.VICTIM, LocalDate.now().minusDays(20), NoticeMethod.IN_PERSON)));
		assertThatThrownBy(() -> demo.runAs("principal", () -> management.close(id)))
			.isInstanceOf(BusinessRuleViolation.class)
			.satisfies(e -> assertThat(((BusinessRuleViolation) e).fieldErrors())
				.containsValue("bullying.close.families"));
		demo.runAs("safety", () -> management.informFamily(id,
				new InformFamily(Side.ACTOR, LocalDate.now().minusDays(20), NoticeMethod.WRITTEN)));
		demo.runAs("principal", () -> management.close(id));
		assertThat(demo.callAs("principal", () -> cases.file(id)).state()).isEqualTo(CaseState.CLOSED);
	}

	@Test
	void onlyTheCommitteeAndTheCountyOfficeReadACase() throws Exception {
		long id = report("在宿舍被多人孤立", LocalDate.now());
		assertThat(demo.callAs("safety", () -> cases.file(id)).victimName()).isEqualTo("罗思琪");
		assertThat(demo.callAs("tx_safety", () -> cases.file(id)).victimName()).isEqualTo("罗思琪");
		for (String outsider : List.of("teacher", "headteacher", "tx_admin", "wz_safety", "gx_safety", "admin",
				"tzz_safety")) {
			assertThatThrownBy(() -> demo.callAs(outsider, () -> cases.file(id))).as(outsider)
				.isInstanceOfAny(NotFound.class, AccessDenied.class);
		}
		for (String outsider : List.of("guard", "student", "parent", "police")) {
			assertThatThrownBy(() -> demo.callAs(outsider, () -> cases.file(id))).as(outsider)
				.isInstanceOf(AccessDenied.class);
		}
		mvc.perform(get("/bullying/cases/{id}", id).with(demo.as("teacher"))).andExpect(status().isNotFound());
		mvc.perform(get("/bullying/cases/{id}/pdf", id).with(demo.as("headteacher"))).andExpect(status().isNotFound());
		// the office may not decide for the school, nor the committee answer an appeal
		assertThatThrownBy(
				() -> demo.runAs("tx_safety", () -> management.decide(id, new DecideCase(false, null, null, "x"))))
			.isInstanceOf(AccessDenied.class);
		// a city sees the case anonymised: initials, not openable
		List<CaseRow> rows = demo.callAs("wz_safety", () -> cases.list());
		CaseRow row = rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
		assertThat(row.victim()).isEqualTo("罗**");
		assertThat(row.open()).isFalse();
	}

	@Test
	void everyReadOfACaseFileIsAudited() throws Exception {
		long id = report("被抢走饭卡", LocalDate.now());
		long before = reveals(id);
		demo.callAs("principal", () -> cases.file(id));
		mvc.perform(get("/bullying/cases/{id}", id).with(demo.as("tx_safety"))).andExpect(status().isOk());
		mvc.perform(get("/bullying/cases/{id}/pdf", id).with(demo.as("safety")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		assertThat(reveals(id) - before).isEqualTo(3);
	}

	private long reveals(long id) {
		return demo.jdbc()
			.sql("select count(*) from audit.entry where entity_type = 'bullying_case' and entity_id = :id and action = 'REVEAL'")
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single();
	}

}
