package cn.xiaoan.people;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff transfers (调动): the person keeps their record and account, the history records
 * who moved whom, from where, to where and why.
 */
@PlatformTest
class StaffTransferIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	ResultActions create(String as, String json) throws Exception {
		return AccountIntegrationTests.create(mvc, demo, as, json);
	}

	@Test
	void aPrincipalSendsStaffToASchoolOutsideTheCountyByItsCode() throws Exception {
		long from = demo.schoolOf("principal");
		long to = demo.schoolOf("principal2");
		String code = demo.jdbc()
			.sql("select code from org.school where id = :id")
			.param("id", to)
			.query(String.class)
			.single();
		create("principal", """
				{"username":"t_far","displayName":"远调 老师","role":"TEACHER","schoolId":%d,
				 "initialPassword":"Start2026a"}""".formatted(from)).andExpect(status().isCreated());
		long staff = demo.jdbc()
			.sql("select person_id from people.account where username = 't_far'")
			.query(Long.class)
			.single();
		mvc.perform(post("/staff/{id}/transfer", staff).with(demo.as("principal"))
			.with(csrf())
			.param("schoolCode", "12345")
			.param("reason", "支教"))
			.andExpect(flash().attribute("fieldErrors", org.hamcrest.Matchers.hasEntry("schoolCode", "学校代码应为10位数字")));
		mvc.perform(post("/staff/{id}/transfer", staff).with(demo.as("principal"))
			.with(csrf())
			.param("schoolCode", code)
			.param("reason", "支教")).andExpect(redirectedUrl("/staff/" + staff + "/transfer"));
		assertThat(demo.jdbc()
			.sql("select school_id from people.staff where id = :id")
			.param("id", staff)
			.query(Long.class)
			.single()).isEqualTo(to);
	}

	@Test
	void transferKeepsHistory() throws Exception {
		long from = demo.schoolOf("principal");
		long to = demo.schoolsIn("450422").stream().filter(s -> s != from).findFirst().orElseThrow();
		create("principal", """
				{"username":"t_mover","displayName":"调动 老师","role":"TEACHER","schoolId":%d,
				 "initialPassword":"Start2026a"}""".formatted(from)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.schoolId").value(from));
		long staff = demo.jdbc()
			.sql("select person_id from people.account where username = 't_mover'")
			.query(Long.class)
			.single();
		mvc.perform(post("/api/v1/staff/{id}/transfer", staff).with(demo.as("principal"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolId\":%d,\"reason\":\"交流轮岗\"}".formatted(to)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fromSchoolId").value(from))
			.andExpect(jsonPath("$.toSchoolId").value(to));
		assertThat(demo.jdbc()
			.sql("select school_id from people.staff where id = :id")
			.param("id", staff)
			.query(Long.class)
			.single()).isEqualTo(to);
		assertThat(demo.jdbc()
			.sql("select school_id from people.account where username = 't_mover'")
			.query(Long.class)
			.single()).isEqualTo(to);
		mvc.perform(get("/api/v1/staff/{id}/transfers", staff).with(demo.as("tx_admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].reason").value("交流轮岗"))
			.andExpect(jsonPath("$[0].byUsername").value("principal"));
		// the staff page of either school shows the move
		mvc.perform(get("/schools/{id}/staff/transfers", from).with(demo.as("principal")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("交流轮岗")));
		// gone from the source school: its principal no longer reaches the staff member
		mvc.perform(post("/api/v1/staff/{id}/transfer", staff).with(demo.as("principal"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolId\":%d,\"reason\":\"回原校\"}".formatted(from))).andExpect(status().isNotFound());
		// a county bureau cannot send staff to a school outside its county
		long yunnanSchool = demo.schoolsIn("530323").get(0);
		mvc.perform(post("/api/v1/staff/{id}/transfer", staff).with(demo.as("tx_admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolId\":%d,\"reason\":\"跨省\"}".formatted(yunnanSchool)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.schoolId").exists());
	}

}
