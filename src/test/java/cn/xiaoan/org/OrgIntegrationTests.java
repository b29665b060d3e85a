package cn.xiaoan.org;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformTest
class OrgIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	SchoolStructure org;

	@Autowired
	MockMvc mvc;

	@Test
	void aPrincipalAddsGradesAndClassesButNoDuplicates() {
		long school = demo.schoolOf("principal2");
		long grade = demo.callAs("principal2", () -> org.addGrade(school, "预科班"));
		long schoolClass = demo.callAs("principal2", () -> org.addClass(school, grade, "1班"));
		assertThat(demo.callAs("principal2", () -> org.classes(school)))
			.anySatisfy(c -> assertThat(c.id()).isEqualTo(schoolClass));
		assertThatThrownBy(() -> demo.callAs("principal2", () -> org.addGrade(school, "预科班")))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> demo.callAs("principal2", () -> org.addClass(school, grade, "1班")))
			.isInstanceOf(BusinessRuleViolation.class);
		long foreignGrade = demo.jdbc()
			.sql("select id from org.grade where school_id <> :s limit 1")
			.param("s", school)
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> demo.callAs("principal2", () -> org.addClass(school, foreignGrade, "2班")))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void theApiIsDocumented() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/schools/{id}/guard-staffing")));
	}

	@Test
	void healthIsUpWithoutSigningIn() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("UP")));
	}

}
