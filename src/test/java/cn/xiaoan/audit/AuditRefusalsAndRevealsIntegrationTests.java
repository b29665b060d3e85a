package cn.xiaoan.audit;

import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.PersonalDataRevealed;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Refused out-of-scope requests and reveals of personal data are audited; a probe's
 * refusals are coalesced so it cannot flood the trail; the system administrator verifies
 * the chain from the audit page.
 */
@PlatformTest
class AuditRefusalsAndRevealsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	RefusedRequests refusals;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void aRefusedRequestIsAuditedWithMethodPathAndCaller() throws Exception {
		refusals.flush(true);
		mvc.perform(get("/audit").with(demo.as("teacher"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit").with(demo.as("tx_admin")).param("region", "450403"))
			.andExpect(status().isNotFound());
		assertThat(last("teacher")).containsEntry("action", "REFUSED")
			.containsEntry("entity_id", "GET /audit")
			.hasEntrySatisfying("after", a -> assertThat((String) a).contains("\"httpStatus\": 403"));
		assertThat(last("tx_admin")).containsEntry("action", "REFUSED")
			.containsEntry("entity_id", "GET /api/v1/audit")
			.hasEntrySatisfying("after", a -> assertThat((String) a).contains("\"httpStatus\": 404"));
	}

	@Test
	void aProbeCannotFloodTheTrail() throws Exception {
		refusals.flush(true);
		long before = count("ms_safety", "REFUSED");
		for (int i = 0; i < 30; i++) {
			mvc.perform(get("/audit").with(demo.as("ms_safety")).param("region", "450403"))
				.andExpect(status().isNotFound());
		}
		assertThat(count("ms_safety", "REFUSED") - before).isEqualTo(RefusedRequests.PER_MINUTE);
		refusals.flush(true);
		assertThat(last("ms_safety")).containsEntry("action", "REFUSED_MANY")
			.hasEntrySatisfying("after", a -> assertThat((String) a).contains("\"refusals\": 20"));
		String page = mvc.perform(get("/audit").with(demo.as("admin")).param("actor", "ms_safety"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("越权访问被拒绝（一分钟内多次，已合并）", "合并次数", "读取（GET）").doesNotContain(">REFUSED", "httpStatus");
	}

	@Test
	void aRevealOfPersonalDataIsAuditedInWords() throws Exception {
		long school = demo.schoolOf("principal");
		demo.runAs("principal", () -> events.publishEvent(new PersonalDataRevealed("student", "424242", null, school,
				List.of("idCardNumber", "guardianPhone"), "reveal")));
		Map<String, Object> entry = last("principal");
		assertThat(entry).containsEntry("action", "REVEAL").containsEntry("entity_id", "424242");
		String page = mvc.perform(get("/audit").with(demo.as("principal")).param("action", "REVEAL"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("查看完整个人信息", "身份证号、监护人电话", "编号 424242").doesNotContain("idCardNumber");
	}

	@Test
	void theSystemAdministratorVerifiesTheChainFromTheAuditPage() throws Exception {
		assertThat(mvc.perform(get("/audit").with(demo.as("admin"))).andReturn().getResponse().getContentAsString())
			.contains("id=\"audit-verify\"");
		mvc.perform(post("/audit/verify").with(demo.as("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("verificationIntact", true))
			.andExpect(flash().attribute("verification", org.hamcrest.Matchers.startsWith("审计链完整")));
		assertThat(last("admin")).containsEntry("action", "VERIFY");
		mvc.perform(post("/audit/verify").with(demo.as("tx_admin")).with(csrf())).andExpect(status().isForbidden());
		assertThat(mvc.perform(get("/audit").with(demo.as("tx_admin"))).andReturn().getResponse().getContentAsString())
			.doesNotContain("audit-verify");
	}

	private Map<String, Object> last(String username) {
		return demo.jdbc().sql("""
				select action, entity_id, cast(after as text) as after from audit.entry
				where username = :u order by id desc limit 1""").param("u", username).query().singleRow();
	}

	private long count(String username, String action) {
		return demo.jdbc()
			.sql("select count(*) from audit.entry where username = :u and action = :a")
			.param("u", username)
			.param("a", action)
			.query(Long.class)
			.single();
	}

}
