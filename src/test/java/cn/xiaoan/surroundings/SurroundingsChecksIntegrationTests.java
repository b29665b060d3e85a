package cn.xiaoan.surroundings;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.Sheets;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Checks of a school's surroundings sent from a phone (ADR 0048) against the demo's real
 * PostgreSQL: a resend of the same client id is stored once and answered 200 with the
 * same check; a new venue found inside the zone goes on the register flagged; another
 * county's school or venue is not found; roles that do not record checks are refused; bad
 * input is a field error; the checks come out as a workbook.
 */
@PlatformTest
class SurroundingsChecksIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	SurroundingsManagement register;

	@Autowired
	CheckManagement checks;

	long school;

	@BeforeEach
	void gate() {
		school = demo.schoolOf("principal");
		demo.runAs("tx_safety", () -> register.setPosition(school, SurroundingsIntegrationTests.GATE_LNG,
				SurroundingsIntegrationTests.GATE_LAT));
	}

	private static String minutesAgo(int minutes) {
		return LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(minutes).withSecond(0).withNano(0).toString();
	}

	private MockMultipartHttpServletRequestBuilder check(String clientId, long schoolId, String outcome) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/api/v1/surroundings/checks")
			.param("clientId", clientId)
			.param("schoolId", String.valueOf(schoolId))
			.param("outcome", outcome)
			.param("checkedAt", minutesAgo(5));
	}

	@Test
	void aResentCheckIsStoredOnceAndANewVenueInsideTheZoneIsFlagged() throws Exception {
		String name = "巡查彩票点" + System.nanoTime() % 100000;
		String clientId = UUID.randomUUID().toString();
		// about 60 m from the gate
		var send = check(clientId, school, "NEW_VENUE").param("kind", "LOTTERY")
			.param("name", name)
			.param("address", "校门东侧")
			.param("finding", "新开彩票点，有学生围观")
			.param("longitude", "110.9270")
			.param("latitude", "23.3783");
		String first = mvc.perform(send.with(demo.as("principal")).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.outcome").value("NEW_VENUE"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(first, "$.id");
		mvc.perform(send.with(demo.as("principal")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.venueName").value(name));
		assertThat(demo.callAs("principal", () -> checks.checks(5000))).filteredOn(c -> name.equals(c.venueName()))
			.hasSize(1);
		List<VenueSummary> venues = demo.callAs("tx_safety", () -> register.list())
			.stream()
			.filter(v -> v.name().equals(name))
			.toList();
		assertThat(venues).hasSize(1);
		assertThat(venues.get(0).flagged()).isTrue();
		assertThat(venues.get(0).caseState()).isEqualTo(CaseState.OPEN);
		// the county sees the school's check too
		assertThat(demo.callAs("tx_safety", () -> checks.checks(5000))).anyMatch(c -> c.id() == id);
		// another person resending that id is told it does not exist
		mvc.perform(send.with(demo.as("tx_safety")).with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void anotherCountysSchoolOrVenueIsNotFoundAndOtherRolesAreRefused() throws Exception {
		long elsewhere = demo.schoolsIn("450421").get(0);
		mvc.perform(check(UUID.randomUUID().toString(), elsewhere, "CLEAR").with(demo.as("tx_safety")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(check(UUID.randomUUID().toString(), elsewhere, "CLEAR").with(demo.as("principal")).with(csrf()))
			.andExpect(status().isNotFound());
		VenueSummary far = demo.callAs("admin", () -> register.register(new RegisterVenue(elsewhere,
				VenueKind.STREET_VENDOR, "外县摊点" + System.nanoTime() % 100000, "外县路", 111.2, 23.6, null, "")));
		mvc.perform(check(UUID.randomUUID().toString(), school, "GONE").param("venueId", String.valueOf(far.id()))
			.with(demo.as("principal"))
			.with(csrf())).andExpect(status().isNotFound());
		// a teacher, a guard and a partner department do not record checks
		for (String user : List.of("teacher", "guard", "market")) {
			mvc.perform(check(UUID.randomUUID().toString(), school, "CLEAR").with(demo.as(user)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		// another county's bureau sees none of this school's checks
		mvc.perform(check(UUID.randomUUID().toString(), school, "CLEAR").with(demo.as("principal")).with(csrf()))
			.andExpect(status().isCreated());
		assertThat(demo.callAs("admin", () -> checks.checks(5000))).anyMatch(c -> c.schoolId() == school);
		long otherCountysSchool = elsewhere;
		assertThat(demo.callAs("principal", () -> checks.checks(5000)))
			.noneMatch(c -> c.schoolId() == otherCountysSchool);
	}

	@Test
	void aNewVenueWithoutNameOrPositionAndAKnownVenueNotChosenAreFieldErrors() throws Exception {
		mvc.perform(check(UUID.randomUUID().toString(), school, "NEW_VENUE").param("kind", "LOTTERY")
			.with(demo.as("principal"))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").exists())
			.andExpect(jsonPath("$.errors.latitude").exists());
		mvc.perform(check(UUID.randomUUID().toString(), school, "STILL_THERE").with(demo.as("principal")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.venueId").exists());
		mvc.perform(multipart("/api/v1/surroundings/checks").param("clientId", UUID.randomUUID().toString())
			.param("schoolId", String.valueOf(school))
			.param("outcome", "NOT_AN_OUTCOME")
			.param("checkedAt", minutesAgo(1))
			.with(demo.as("principal"))
			.with(csrf())).andExpect(status().isBadRequest());
		// two hours ahead of Beijing time: a phone's clock is wrong
		mvc.perform(multipart("/api/v1/surroundings/checks").param("clientId", UUID.randomUUID().toString())
			.param("schoolId", String.valueOf(school))
			.param("outcome", "CLEAR")
			.param("checkedAt", minutesAgo(-120))
			.with(demo.as("principal"))
			.with(csrf())).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.checkedAt").exists());
	}

	@Test
	void theChecksComeOutAsAWorkbookThatFastexcelOpens() throws Exception {
		String finding = "校门口无流动摊贩" + System.nanoTime() % 100000;
		mvc.perform(check(UUID.randomUUID().toString(), school, "CLEAR").param("finding", finding)
			.with(demo.as("principal"))
			.with(csrf())).andExpect(status().isCreated());
		var response = mvc.perform(get("/surroundings/checks/export").with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		List<List<String>> rows = Sheets.exported(response, "校园周边巡查记录");
		assertThat(rows.get(0)).contains("学校", "巡查结果", "发现情况");
		assertThat(rows).anyMatch(r -> r.contains(finding) && r.contains("未发现问题"));
		mvc.perform(get("/surroundings/checks/form").with(demo.as("principal"))).andExpect(status().isOk());
		mvc.perform(get("/surroundings/checks/form").with(demo.as("teacher"))).andExpect(status().isForbidden());
		mvc.perform(get("/surroundings/checks/offline-sw.js").with(demo.as("market")))
			.andExpect(status().isForbidden());
	}

}
