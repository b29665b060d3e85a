package cn.xiaoan.assessment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.xiaoan.notice.NoticeManagement;
import cn.xiaoan.notice.NoticeSummary;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The assessment's REST API, its 通报 and its nightly rescoring (ADR 0058): scope and role
 * as on the pages, field errors for bad input, the 通报 a PDF that reaches the schools'
 * leaders as a notice, and the job scoring the current period again.
 */
@PlatformTest
class AssessmentApiIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	AssessmentManagement schemes;

	@Autowired
	AssessmentJobs jobs;

	@Autowired
	NoticeManagement notices;

	@Autowired
	ObjectMapper json;

	@Autowired
	Clock clock;

	@Autowired
	Interviews interviews;

	@Test
	void aCountyReadsItsSchemesScoresAndRankingAnotherCounty404sAndASchool403s() throws Exception {
		long copy = countyScheme();
		JsonNode list = body(get("/api/v1/assessment/schemes"), "tx_safety", 200);
		assertThat(list.findValues("id")).extracting(JsonNode::asLong).contains(copy);
		JsonNode scores = body(get("/api/v1/assessment/schemes/{id}/scores", copy), "tx_safety", 200);
		assertThat(scores.get("regionName").asText()).isEqualTo("藤县");
		assertThat(scores.get("items")).isNotEmpty();
		assertThat(scores.get("items").get(0).get("rank").asLong()).isEqualTo(1);
		assertThat(scores.get("items").get(0).get("computedPoints").size()).isPositive();
		JsonNode ranking = body(get("/api/v1/assessment/schemes/{id}/ranking", copy), "tx_safety", 200);
		assertThat(ranking.get("schools").asLong()).isEqualTo(scores.get("total").asLong());

		assertThat(status(get("/api/v1/assessment/schemes/{id}/scores", copy), "ms_safety")).isEqualTo(404);
		assertThat(status(get("/api/v1/assessment/schemes", copy), "principal")).isEqualTo(403);
		assertThat(status(get("/api/v1/assessment/interviews"), "principal")).isEqualTo(200);
	}

	@Test
	void aBadPeriodOrRegionOrAnEmptyInterviewIsA400WithTheField() throws Exception {
		long copy = countyScheme();
		assertThat(body(get("/api/v1/assessment/schemes/{id}/scores", copy).param("period", "2026Q9"), "tx_safety", 400)
			.toString()).contains("period");
		assertThat(body(get("/api/v1/assessment/schemes/{id}/ranking", copy).param("region", "x"), "tx_safety", 400)
			.toString()).contains("region");
		JsonNode empty = body(
				post("/api/v1/assessment/schemes/{id}/interviews", copy).contentType(MediaType.APPLICATION_JSON)
					.content("{}")
					.with(csrf()),
				"tx_safety", 400);
		assertThat(empty.toString()).contains("schoolId", "reason", "deadline");
	}

	/**
	 * ADR 0081: a school's leaders read through the API what they read before — their own
	 * school's 约谈, none marked as from below — and an unknown filter is a 400 with the
	 * field.
	 */
	@Test
	void aSchoolsLeadersReadTheirOwnInterviewsNoneFromBelowAndAnUnknownFilterIsA400() throws Exception {
		long copy = countyScheme();
		long school = demo.schoolOf("principal");
		LocalDate today = LocalDate.now(clock);
		long opened = demo.callAs("tx_safety", () -> interviews.open(copy,
				new OpenInterview(school, AssessmentPeriod.quarterOf(today).key(), "接口约谈事由", today.plusDays(14))));
		JsonNode rows = body(get("/api/v1/assessment/interviews"), "principal", 200);
		assertThat(rows.size()).isEqualTo(demo.callAs("principal", () -> interviews.list()).size());
		List<String> keys = new ArrayList<>();
		rows.forEach(r -> {
			assertThat(r.get("source").isNull()).isTrue();
			assertThat(r.get("schoolId").asLong()).isEqualTo(school);
			keys.add(r.get("key").asString());
		});
		assertThat(keys).contains("here-" + opened);
		assertThat(rows.toString()).contains("接口约谈事由");
		assertThat(body(get("/api/v1/assessment/interviews").param("state", "late"), "principal", 400).toString())
			.contains("state");
	}

	@Test
	void theCircularIsAPdfPublishedToTheSchoolsLeadersAsANotice() throws Exception {
		long copy = countyScheme();
		MockHttpServletResponse pdf = mvc
			.perform(get("/assessment/schemes/{id}/circular/pdf", copy).with(demo.as("tx_safety")))
			.andReturn()
			.getResponse();
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(pdf.getContentAsByteArray()).startsWith("%PDF".getBytes());
		Files.createDirectories(Path.of("target/screenshots"));
		Files.write(Path.of("target/screenshots/assessment-circular.pdf"), pdf.getContentAsByteArray());

		MockHttpServletResponse published = mvc
			.perform(post("/assessment/schemes/{id}/circular", copy).with(demo.as("tx_safety")).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(published.getStatus()).isEqualTo(302);
		NoticeSummary received = demo.callAs("principal", () -> notices.received())
			.stream()
			.filter(n -> n.title().contains("考核结果的通报"))
			.findFirst()
			.orElseThrow();
		assertThat(received.title()).startsWith("藤县");
		assertThat(status(post("/assessment/schemes/{id}/circular", copy).with(csrf()), "ms_safety")).isEqualTo(404);
	}

	@Test
	void theNightlyJobScoresTheCurrentQuarterOfThisYearsSchemesAgain() {
		long copy = countyScheme();
		String quarter = AssessmentPeriod.quarterOf(LocalDate.now(clock)).key();
		OffsetDateTime before = OffsetDateTime.now(clock);
		jobs.rescoreCurrentPeriods();
		OffsetDateTime scored = demo.jdbc()
			.sql("select min(computed_at) from assessment.school_score where scheme_id = :s and period_key = :p")
			.param("s", copy)
			.param("p", quarter)
			.query(OffsetDateTime.class)
			.single();
		assertThat(scored).isAfterOrEqualTo(before.minusSeconds(1));
	}

	/** 藤县's copy of 梧州's demo scheme. */
	private long countyScheme() {
		return demo.callAs("tx_safety", () -> schemes.schemes())
			.stream()
			.filter(s -> s.regionCode().equals("450422") && s.adaptedFrom() != null)
			.findFirst()
			.orElseThrow()
			.id();
	}

	private JsonNode body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String user, int status) throws Exception {
		MockHttpServletResponse response = mvc.perform(request.with(demo.as(user))).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		return json.readTree(response.getContentAsByteArray());
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user)
			throws Exception {
		return mvc.perform(request.with(demo.as(user))).andReturn().getResponse().getStatus();
	}

}
