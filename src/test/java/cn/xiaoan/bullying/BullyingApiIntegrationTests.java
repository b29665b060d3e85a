package cn.xiaoan.bullying;

import java.time.LocalDate;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bullying REST API keeps the pages' rules: a named report; the committee decides,
 * records measures (discipline by school stage), informs, the office takes the appeal and
 * answers; the file only for the committee and the county office, each read audited;
 * another county's case, a teacher off the committee, a partner and a family are refused.
 */
@PlatformTest
class BullyingApiIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	BullyingFigures figures;

	@Autowired
	BullyingReports reports;

	private long reportAs(String user, String story) throws Exception {
		String body = """
				{"happenedOn":"%s","place":"操场","description":"%s","victimName":"覃小雨","victimGrade":"八年级",
				 "actorNames":"陆大伟","actorGrade":"八年级"}""".formatted(LocalDate.now().minusDays(1), story);
		String answer = mvc
			.perform(post("/api/v1/bullying/reports").with(demo.as(user))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(answer.replaceAll("\\D", ""));
	}

	private void postJson(String user, String path, String body, int status) throws Exception {
		mvc.perform(post(path).with(demo.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().is(status));
	}

	@Test
	void aCaseWalksFromReportToReviewThroughTheApi() throws Exception {
		long id = reportAs("teacher", "接口举报：课间被推倒");
		String c = "/api/v1/bullying/cases/" + id;
		mvc.perform(get("/api/v1/bullying/cases").with(demo.as("principal")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].victim").value(hasItem("覃**")));
		long before = reveals(id);
		mvc.perform(get(c).with(demo.as("safety")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.victimName").value("覃小雨"));
		assertThat(reveals(id) - before).as("the API's read of a file is audited as the page's").isEqualTo(1);
		postJson("principal", c + "/decision",
				"{\"bullying\":true,\"kind\":\"PHYSICAL\",\"severity\":\"GENERAL\",\"reasoning\":\"多次推搡\"}", 204);
		postJson("principal", c + "/measures", "{\"kind\":\"WARNING\",\"detail\":\"警告\"}", 204);
		postJson("principal", c + "/families",
				"{\"side\":\"VICTIM\",\"informedOn\":\"" + LocalDate.now() + "\",\"method\":\"PHONE\"}", 204);
		postJson("tx_safety", c + "/appeal",
				"{\"side\":\"VICTIM\",\"filedOn\":\"" + LocalDate.now() + "\",\"reason\":\"处理过轻\"}", 204);
		postJson("tx_safety", c + "/review", "{\"outcome\":\"UPHELD\",\"reasoning\":\"认定事实清楚\"}", 204);
		mvc.perform(get(c).with(demo.as("tx_safety")))
			.andExpect(jsonPath("$.appeal.outcome").value("UPHELD"))
			.andExpect(jsonPath("$.state").value("DECIDED"));
		mvc.perform(get("/api/v1/bullying/statistics").with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").isNumber());
	}

	@Test
	void badBodiesAnswer400WithChineseFieldErrors() throws Exception {
		long id = reportAs("safety", "接口校验");
		String c = "/api/v1/bullying/cases/" + id;
		mvc.perform(post(c + "/decision").with(demo.as("principal"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"bullying\":true,\"reasoning\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.reasoning").exists());
		mvc.perform(post(c + "/decision").with(demo.as("principal"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"bullying\":true,\"reasoning\":\"推搡\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.kind").value(containsString("欺凌")));
		mvc.perform(post("/api/v1/bullying/reports").with(demo.as("teacher"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"place\":\"操场\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.description").exists())
			.andExpect(jsonPath("$.errors.happenedOn").exists());
	}

	/** 中小学教育惩戒规则（试行）第十条 through the API: no expulsion below the senior stage. */
	@Test
	void expulsionBelowTheSeniorStageIsRefusedNamingTheRule() throws Exception {
		long id = reportAs("safety", "接口惩戒");
		String c = "/api/v1/bullying/cases/" + id;
		postJson("principal", c + "/decision",
				"{\"bullying\":true,\"kind\":\"VERBAL\",\"severity\":\"SERIOUS\",\"reasoning\":\"长期辱骂\"}", 204);
		mvc.perform(post(c + "/measures").with(demo.as("principal"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"EXPULSION\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.kind").value(containsString("中小学教育惩戒规则（试行）》第十条")));
		mvc.perform(get(c).with(demo.as("principal")))
			.andExpect(jsonPath("$.measures[*].kind").value(not(hasItem("EXPULSION"))));
	}

	@Test
	void anotherCountysCaseIsNotFound() throws Exception {
		long elsewhere = demo.jdbc()
			.sql("select id from org.school where region_code not like '450422%' order by id limit 1")
			.query(Long.class)
			.single();
		long id = reportPublicly(elsewhere);
		mvc.perform(get("/api/v1/bullying/cases/{id}", id).with(demo.as("tx_safety"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/bullying/cases/{id}", id).with(demo.as("principal"))).andExpect(status().isNotFound());
		postJson("principal", "/api/v1/bullying/cases/" + id + "/decision", "{\"bullying\":false,\"reasoning\":\"偶发\"}",
				404);
		postJson("tx_safety", "/api/v1/bullying/cases/" + id + "/appeal",
				"{\"side\":\"VICTIM\",\"filedOn\":\"" + LocalDate.now() + "\",\"reason\":\"x\"}", 404);
	}

	@Test
	void staffOffTheCommitteeAPartnerAndAFamilyAreRefused() throws Exception {
		long id = reportAs("safety", "接口越权");
		String c = "/api/v1/bullying/cases/" + id;
		for (String outsider : new String[] { "teacher", "headteacher", "tx_admin" }) {
			mvc.perform(get(c).with(demo.as(outsider))).andExpect(status().isNotFound());
		}
		postJson("teacher", c + "/decision", "{\"bullying\":false,\"reasoning\":\"x\"}", 404);
		postJson("tx_safety", c + "/decision", "{\"bullying\":false,\"reasoning\":\"x\"}", 403);
		postJson("safety", c + "/review", "{\"outcome\":\"UPHELD\",\"reasoning\":\"x\"}", 403);
		for (String refused : new String[] { "police", "parent", "student", "guard" }) {
			mvc.perform(get(c).with(demo.as(refused))).andExpect(status().isForbidden());
			postJson(refused, c + "/close", "{}", 403);
		}
		mvc.perform(get("/api/v1/bullying/cases").with(demo.as("police"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/bullying/statistics").with(demo.as("police"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/bullying/cases").with(demo.as("teacher"))).andExpect(status().isForbidden());
	}

	/** Supervision reads the late decisions of its scope as counts. */
	@Test
	void aDecisionPastItsDeadlineCountsForSupervision() {
		var before = demo.callAs("tx_safety", () -> figures.supervision());
		LocalDate received = LocalDate.now().minusDays(11);
		demo.callAs("headteacher", () -> reports
			.report(new ReportBullying(null, received, "教室", "逾期督导测试", "", "七年级", "", "七年级", "", "", received)));
		var after = demo.callAs("tx_safety", () -> figures.supervision());
		assertThat(after.lateDecisions() - before.lateDecisions()).isEqualTo(1);
		assertThat(after.open() - before.open()).isEqualTo(1);
		assertThat(demo.callAs("wz_safety", () -> figures.supervision()).lateDecisions())
			.as("the city sees its counties' late decisions")
			.isGreaterThanOrEqualTo(after.lateDecisions());
	}

	private long reportPublicly(long school) throws Exception {
		mvc.perform(post("/public/bullying").param("schoolId", String.valueOf(school))
			.param("happenedOn", LocalDate.now().toString())
			.param("description", "外县接口案件")
			.with(r -> {
				r.setRemoteAddr("10.9.9.9");
				return r;
			})
			.with(csrf())).andExpect(status().isOk());
		return demo.jdbc()
			.sql("select max(id) from bullying.bullying_case where school_id = :s")
			.param("s", school)
			.query(Long.class)
			.single();
	}

	private long reveals(long id) {
		return demo.jdbc()
			.sql("select count(*) from audit.entry where entity_type = 'bullying_case' and entity_id = :id and action = 'REVEAL'")
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single();
	}

}
