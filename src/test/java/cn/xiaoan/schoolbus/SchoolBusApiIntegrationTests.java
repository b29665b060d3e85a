package cn.xiaoan.schoolbus;

import java.time.LocalDate;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The school buses' REST API keeps the pages' rules: a school registers its own buses,
 * bad JSON is a 400 naming each field, another tenant's bus is not found, a partner
 * answers its own department's step only.
 */
@PlatformTest
class SchoolBusApiIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	private ResultActions post(String user, String path, String json) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.with(demo.as(user))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private long id(String sql) {
		return demo.jdbc().sql(sql).query(Long.class).single();
	}

	private String vehicleJson(long school, String plate) {
		LocalDate today = LocalDate.now();
		return """
				{"schoolId":%d,"plate":"%s","operator":"API校车公司","seats":30,"permitExpires":"%s",
				 "inspectionDue":"%s","insuranceExpires":"%s","equipmentOk":true}""".formatted(school, plate,
				today.plusYears(1), today.plusMonths(5), today.plusMonths(6));
	}

	@Test
	void aSchoolRegistersItsBusAnotherCountyCannotSeeIt() throws Exception {
		long school = demo.schoolOf("principal");
		String body = post("safety", "/api/v1/school-buses/vehicles", vehicleJson(school, "桂D·A0001"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.plate").value("桂D·A0001"))
			.andExpect(jsonPath("$.problems", hasSize(0)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long bus = Long.parseLong(body.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
		mvc.perform(get("/api/v1/school-buses/vehicles/{id}", bus).with(demo.as("tx_safety")))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/school-buses/vehicles/{id}", bus).with(demo.as("principal2")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/school-buses/vehicles/{id}", bus).with(demo.as("sz_safety")))
			.andExpect(status().isNotFound());
		// a teacher does not register buses, nor does one school for another
		post("teacher", "/api/v1/school-buses/vehicles", vehicleJson(school, "桂D·A0002"))
			.andExpect(status().isForbidden());
		post("principal2", "/api/v1/school-buses/vehicles", vehicleJson(school, "桂D·A0003"))
			.andExpect(status().isForbidden());
		post("principal", "/api/v1/school-buses/vehicles", vehicleJson(school, "桂D·A0001"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.plate").exists());
		// a lapsed inspection keeps the bus home until the school records the new one
		String lapsed = vehicleJson(school, "桂D·A0001").replace("\"inspectionDue\":\"" + LocalDate.now().plusMonths(5),
				"\"inspectionDue\":\"" + LocalDate.now().minusDays(1));
		put("safety", "/api/v1/school-buses/vehicles/" + bus, lapsed).andExpect(status().isOk())
			.andExpect(jsonPath("$.problems[0]").value("schoolbus.vehicle.problem.inspection"));
		put("safety", "/api/v1/school-buses/vehicles/" + bus, vehicleJson(school, "桂D·A0001"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.problems", hasSize(0)));
		put("principal2", "/api/v1/school-buses/vehicles/" + bus, vehicleJson(school, "桂D·A0001"))
			.andExpect(status().isNotFound());
		put("teacher", "/api/v1/school-buses/vehicles/" + bus, vehicleJson(school, "桂D·A0001"))
			.andExpect(status().isForbidden());
	}

	private ResultActions put(String user, String path, String json) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
			.with(demo.as(user))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Test
	void aDriversYearlyReviewIsRecordedAndTheLicenceNumberStays() throws Exception {
		long school = demo.schoolOf("principal");
		LocalDate today = LocalDate.now();
		String driver = """
				{"schoolId":%d,"name":"API审验","licenceNo":"%s","birthDate":"%s","licenceClass":"A3",
				 "licensedSince":"%s","licenceExpires":"%s","healthFit":true,"reviewedOn":"%s"}""";
		String created = post("principal", "/api/v1/school-buses/drivers",
				driver.formatted(school, "450422198505050077", today.minusYears(40), today.minusYears(15),
						today.plusYears(3), today.minusYears(1).minusDays(2)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.problems[0]").value("schoolbus.driver.problem.review"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(created.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
		String path = "/api/v1/school-buses/drivers/" + id;
		put("safety", path,
				driver.formatted(school, "450422198505050077", today.minusYears(40), today.minusYears(15),
						today.plusYears(3), today))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.problems", hasSize(0)))
			.andExpect(jsonPath("$.reviewDue").value(today.plusYears(1).toString()));
		put("safety", path,
				driver.formatted(school, "450422198505059999", today.minusYears(40), today.minusYears(15),
						today.plusYears(3), today))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.licenceNo").exists());
		put("principal2", path, driver.formatted(school, "450422198505050077", today.minusYears(40),
				today.minusYears(15), today.plusYears(3), today))
			.andExpect(status().isNotFound());
	}

	@Test
	void badJsonIsA400NamingEachField() throws Exception {
		long school = demo.schoolOf("principal");
		post("principal", "/api/v1/school-buses/vehicles", "{\"schoolId\":" + school + ",\"seats\":0}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.plate").exists())
			.andExpect(jsonPath("$.errors.operator").exists())
			.andExpect(jsonPath("$.errors.seats").exists())
			.andExpect(jsonPath("$.errors.inspectionDue").exists());
		post("principal", "/api/v1/school-buses/drivers", "{\"schoolId\":" + school + ",\"name\":\"\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").exists())
			.andExpect(jsonPath("$.errors.licenceNo").exists())
			.andExpect(jsonPath("$.errors.birthDate").exists());
		long permit = id("select id from schoolbus.permit where status = 'FORWARDED' order by id limit 1");
		post("transport", "/api/v1/school-buses/permits/" + permit + "/answer", "{\"note\":\"x\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.agrees").exists());
		post("principal", "/api/v1/school-buses/vehicles", "{not json").andExpect(status().isBadRequest());
	}

	@Test
	void eachPartnerAnswersItsOwnStepOnly() throws Exception {
		long bus = id("select id from schoolbus.vehicle where plate = '桂D·X2601'");
		String applied = post("principal", "/api/v1/school-buses/permits",
				"{\"vehicleId\":" + bus + ",\"applicant\":\"藤县顺安校车服务有限公司\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("APPLIED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long permit = Long.parseLong(applied.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
		String base = "/api/v1/school-buses/permits/" + permit;
		post("transport", base + "/forward", "").andExpect(status().isForbidden());
		post("tx_safety", base + "/forward", "").andExpect(status().isOk());
		post("transport", base + "/answer", "{\"agrees\":true,\"note\":\"线路已核实\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.transportAgrees").value(true))
			.andExpect(jsonPath("$.policeOn").doesNotExist());
		// the transport partner cannot answer the police step
		post("transport", base + "/answer", "{\"agrees\":false}").andExpect(status().isBadRequest());
		post("transport", base + "/opine", "{\"agrees\":true}").andExpect(status().isForbidden());
		mvc.perform(get(base).with(demo.as("transport")))
			.andExpect(jsonPath("$.policeOn").doesNotExist())
			.andExpect(jsonPath("$.status").value("FORWARDED"));
		post("traffic_police", base + "/answer", "{\"agrees\":true}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ANSWERED"));
		post("principal", base + "/opine", "{\"agrees\":true}").andExpect(status().isForbidden());
		post("tx_safety", base + "/opine", "{\"agrees\":true}").andExpect(status().isOk());
		post("tx_safety", base + "/decide", "{\"agrees\":true}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		mvc.perform(get(base).with(demo.as("principal2"))).andExpect(status().isNotFound());
	}

	@Test
	void theEscortChecksARunAndPartnersSeeTheLedgerWithoutNames() throws Exception {
		long route = id("select id from schoolbus.route where name = '城东线（早班）'");
		String started = post("teacher", "/api/v1/school-buses/routes/" + route + "/runs", "")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.riders", hasSize(8)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long run = Long.parseLong(started.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
		java.util.List<Long> riders = demo.jdbc()
			.sql("select student_id from schoolbus.run_check where run_id = :r order by student_id")
			.param("r", run)
			.query(Long.class)
			.list();
		String all = riders.toString();
		post("teacher", "/api/v1/school-buses/runs/" + run + "/board", "{\"studentIds\":" + all + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ON_ROAD"))
			.andExpect(jsonPath("$.boarded").value(8));
		post("principal2", "/api/v1/school-buses/runs/" + run + "/alight", "{\"studentIds\":" + all + "}")
			.andExpect(status().isNotFound());
		post("teacher", "/api/v1/school-buses/runs/" + run + "/alight", "{\"studentIds\":" + all + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.missing").value(0));
		mvc.perform(get("/api/v1/school-buses/runs/{id}", run).with(demo.as("principal2")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/school-buses/ledger").with(demo.as("transport")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.drivers[0].name", emptyString()))
			.andExpect(jsonPath("$.drivers[0].licenceNo", emptyString()));
		mvc.perform(get("/api/v1/school-buses/routes/{id}/riders", route).with(demo.as("transport")))
			.andExpect(status().isForbidden());
		post("teacher", "/api/v1/school-buses/routes/" + route + "/driver", "{\"driverId\":1}")
			.andExpect(status().isForbidden());
	}

}
