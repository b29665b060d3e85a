package cn.xiaoan;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every endpoint refuses the ids of another tenant: another county, another school,
 * another family.
 */
@PlatformTest
class ScopeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	private static final String SCHOOL_JSON = """
			{"code":"2530323901","name":"越权测试学校","type":"PRIMARY","regionCode":"530323","address":"","phone":"",
			 "boarding":false,"studentCount":100,"boarderCount":0,"staffCount":10}""";

	/**
	 * Every API endpoint and page that takes a school id, as a fresh request each time.
	 */
	private static Map<String, AbstractMockHttpServletRequestBuilder<?>> schoolProbes(long school) {
		Map<String, AbstractMockHttpServletRequestBuilder<?>> probes = new LinkedHashMap<>();
		probes.put("api school", get("/api/v1/schools/{id}", school));
		probes.put("api classes", get("/api/v1/schools/{id}/classes", school));
		probes.put("api staff", get("/api/v1/schools/{id}/staff", school));
		probes.put("api students", get("/api/v1/schools/{id}/students", school));
		probes.put("api staffing", get("/api/v1/schools/{id}/guard-staffing", school));
		probes.put("api policy", get("/api/v1/policy/schools/{id}", school));
		probes.put("api edit school",
				put("/api/v1/schools/{id}", school).contentType(MediaType.APPLICATION_JSON).content(SCHOOL_JSON));
		probes.put("api add staff", post("/api/v1/schools/{id}/staff", school).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"外校人员\",\"postCode\":\"GUARD\",\"fullTime\":true}"));
		probes.put("api add student",
				post("/api/v1/schools/{id}/students", school).contentType(MediaType.APPLICATION_JSON)
					.content("{\"classId\":1,\"studentNo\":\"X1\",\"name\":\"外校学生\"}"));
		probes.put("api facilities",
				put("/api/v1/schools/{id}/facilities", school).contentType(MediaType.APPLICATION_JSON)
					.content("{\"closedManagement\":true,\"oneButtonAlarm\":true,\"alarmLinkedPolice\":true,"
							+ "\"videoSurveillance\":true,\"videoRetentionDays\":30}"));
		probes.put("api import",
				multipart("/api/v1/schools/{id}/students/imports", school)
					.file(new MockMultipartFile("file", "s.xlsx", "application/octet-stream", new byte[] { 1 }))
					.param("initialPassword", "Start2026a"));
		probes.put("api add grade", post("/api/v1/schools/{id}/grades", school).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"越权年级\"}"));
		probes.put("api add class", post("/api/v1/schools/{id}/classes", school).contentType(MediaType.APPLICATION_JSON)
			.content("{\"gradeId\":1,\"name\":\"越权班\"}"));
		probes.put("page add grade", post("/schools/{id}/grades", school).param("name", "越权年级"));
		probes.put("page school", get("/schools/{id}", school));
		probes.put("page edit", get("/schools/{id}/edit", school));
		probes.put("page students", get("/schools/{id}/students", school));
		probes.put("page staff", get("/schools/{id}/staff", school));
		probes.put("page security", get("/schools/{id}/security", school));
		probes.put("page save security", post("/schools/{id}/security", school).param("closedManagement", "true"));
		probes.put("page policy", get("/policy").param("school", String.valueOf(school)));
		probes.put("page import", get("/schools/{id}/students/import", school));
		return probes;
	}

	private void assertAllRefused(String user, Map<String, AbstractMockHttpServletRequestBuilder<?>> probes)
			throws Exception {
		for (var probe : probes.entrySet()) {
			int status = mvc.perform(probe.getValue().with(demo.as(user)).with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(user + " → " + probe.getKey()).isIn(403, 404);
		}
	}

	@Test
	void aCountyOfficialIsRefusedEverySchoolOfAnotherCounty() throws Exception {
		long shizong = demo.schoolsIn("530323").get(0);
		assertAllRefused("tx_admin", schoolProbes(shizong));
		assertAllRefused("tx_safety", schoolProbes(shizong));
	}

	@Test
	void aCityOfficialIsRefusedTheSchoolsOfAnotherProvince() throws Exception {
		assertAllRefused("wz_admin", schoolProbes(demo.schoolsIn("5303").get(0)));
	}

	@Test
	void aPrincipalIsRefusedEveryOtherSchoolEvenInTheSameCounty() throws Exception {
		long own = demo.schoolOf("principal");
		long neighbour = demo.schoolsIn("450422").stream().filter(id -> id != own).findFirst().orElseThrow();
		assertAllRefused("principal", schoolProbes(neighbour));
		assertAllRefused("principal2", schoolProbes(own));
	}

	@Test
	void studentsAndParentsReachNoSchoolRecords() throws Exception {
		long own = demo.schoolOf("principal");
		assertAllRefused("parent", schoolProbes(own));
		assertAllRefused("student", schoolProbes(own));
	}

	@Test
	void aParentSeesTheirOwnChildOnlyAndNeverAnotherFamilysChild() throws Exception {
		long child = demo.studentOf("parent");
		mvc.perform(get("/api/v1/students/{id}", child).with(demo.as("parent")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.student.id").value(child))
			.andExpect(jsonPath("$.student.idCardMasked").value(org.hamcrest.Matchers.containsString("****")));
		long other = demo.jdbc()
			.sql("select id from people.student where id <> :c order by id desc limit 1")
			.param("c", child)
			.query(Long.class)
			.single();
		mvc.perform(get("/api/v1/students/{id}", other).with(demo.as("parent"))).andExpect(status().isNotFound());
		mvc.perform(get("/students/{id}", other).with(demo.as("parent"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/students/{id}", other).with(demo.as("student"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/me/students").with(demo.as("parent")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].student.id").value(child));
	}

	@Test
	void aHeadTeacherSeesOwnClassOnlyAndATeacherNoStudentList() throws Exception {
		long school = demo.schoolOf("headteacher");
		long child = demo.studentOf("parent");
		mvc.perform(get("/api/v1/schools/{id}/students", school).with(demo.as("headteacher")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(child));
		long otherClass = demo.jdbc()
			.sql("""
					select c.id from org.school_class c where c.school_id = :s and c.id <> (
					select class_id from people.student where id = :child) order by c.id limit 1""")
			.param("s", school)
			.param("child", child)
			.query(Long.class)
			.single();
		mvc.perform(get("/api/v1/schools/{id}/students", school).param("classId", String.valueOf(otherClass))
			.with(demo.as("headteacher"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/schools/{id}/students", school).with(demo.as("teacher")))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePoliceLiaisonSeesSecurityStatusOfTheCountyButNoPersonalData() throws Exception {
		long school = demo.schoolOf("principal");
		mvc.perform(get("/api/v1/schools/{id}/guard-staffing", school).with(demo.as("police")))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/schools/{id}/staff", school).with(demo.as("police")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/schools/{id}/guard-staffing", demo.schoolsIn("450423").get(0)).with(demo.as("police")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPartnerSeesOnlyTheKindsOfDataGrantedToIt() throws Exception {
		// the demo police liaison holds 学校基本信息 and 安保力量, not 隐患台账 or 风险清单
		long school = demo.schoolOf("principal");
		long hazard = demo.jdbc()
			.sql("select id from hazard.hazard where school_id = :s limit 1")
			.param("s", school)
			.query(Long.class)
			.single();
		mvc.perform(get("/api/v1/hazards").with(demo.as("police"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/hazards/{id}", hazard).with(demo.as("police"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/schools/{id}/risks", school).with(demo.as("police")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/hazards/{id}", hazard).with(demo.as("tx_safety"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/schools/{id}", school).with(demo.as("police"))).andExpect(status().isOk());
	}

	@Test
	void aBureauCannotOverridePolicyOutsideItsRegionNorReadIt() throws Exception {
		String body = "{\"value\":\"3\",\"legalBasis\":\"越权测试\"}";
		mvc.perform(put("/api/v1/policy/regions/530323/GUARD_MEDIUM_SCHOOL_COUNT").with(demo.as("wz_admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/policy/regions/450400/GUARD_MEDIUM_SCHOOL_COUNT").with(demo.as("tx_admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/policy/regions/450400/GUARD_MEDIUM_SCHOOL_COUNT").with(demo.as("tx_admin"))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/policy/regions/530323").with(demo.as("wz_safety"))).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/policy/regions/450422/GUARD_MEDIUM_SCHOOL_COUNT").with(demo.as("tx_safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isForbidden());
	}

	@Test
	void listsContainOnlySchoolsOfTheCallersScope() throws Exception {
		String json = mvc.perform(get("/api/v1/schools").param("size", "200").with(demo.as("tx_admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains("\"regionCode\":\"450422");
		assertThat(json).doesNotContain("\"regionCode\":\"450423").doesNotContain("\"regionCode\":\"5303");
		String staffing = mvc
			.perform(get("/api/v1/security/guard-staffing").param("onlyShortfalls", "false").with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(staffing).doesNotContain("师宗");
		mvc.perform(get("/api/v1/schools").with(demo.as("principal"))).andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void aBureauCannotCreateASchoolInAnotherRegion() throws Exception {
		mvc.perform(post("/api/v1/schools").with(demo.as("tx_admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(SCHOOL_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.regionCode").exists());
	}

	@Test
	void anAdministratorCannotUnlockOrResetAccountsOutsideTheScope() throws Exception {
		long outside = demo.jdbc()
			.sql("select id from people.account where username = 'sz_admin'")
			.query(Long.class)
			.single();
		mvc.perform(post("/accounts/{id}/unlock", outside).with(demo.as("tx_admin")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/accounts/{id}/reset", outside).param("password", "Reset2026x")
			.with(demo.as("principal"))
			.with(csrf())).andExpect(status().isNotFound());
	}

}
