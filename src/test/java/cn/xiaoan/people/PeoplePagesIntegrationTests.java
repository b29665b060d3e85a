package cn.xiaoan.people;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.RefusedForms;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The people pages: refused forms come back whole, secrets never do. */
@PlatformTest
class PeoplePagesIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Test
	void aRefusedStudentComesBackWithEveryErrorAndWhatWasTyped() throws Exception {
		long school = demo.schoolOf("principal");
		String form = "/schools/" + school + "/students/new";
		String page = RefusedForms.shownAfter(mvc, demo.as("principal"), form,
				post(form).param("studentNo", "")
					.param("name", "留下的名字")
					.param("idCard", "110105194912310021")
					.param("guardianName", "留下的家长")
					.param("guardianPhone", "123")
					.param("boarder", "true")
					.param("_boarder", "on"));
		assertThat(page).contains("value=\"留下的名字\"", "value=\"留下的家长\"", "value=\"123\"");
		assertThat(page).containsPattern("id=\"boarder\"[^>]*checked");
		// class, student number and guardian phone, each under its field
		assertThat(page.split("class=\"invalid-feedback\"")).hasSize(4);
	}

	@Test
	void aRefusedStaffMemberKeepsTheChosenPost() throws Exception {
		long school = demo.schoolOf("principal");
		String form = "/schools/" + school + "/staff/new";
		String page = RefusedForms.shownAfter(mvc, demo.as("principal"), form,
				post(form).param("name", "")
					.param("gender", "F")
					.param("phone", "1")
					.param("postCode", "GUARD")
					.param("_fullTime", "on"));
		assertThat(page).containsPattern("<option value=\"F\"\\s+selected");
		assertThat(page).containsPattern("<option value=\"GUARD\"\\s+selected");
		assertThat(page.split("class=\"invalid-feedback\"")).hasSize(3);
	}

	@Test
	void aRefusedPasswordChangeShowsItsErrorButNeverThePasswords() throws Exception {
		String page = RefusedForms.shownAfter(mvc, demo.as("teacher"), "/account/password",
				post("/account/password").param("current", "Wrong#Pass1")
					.param("replacement", "New#Pass2026")
					.param("confirmation", "New#Pass2026"));
		assertThat(page).contains("is-invalid").doesNotContain("Wrong#Pass1", "New#Pass2026");
	}

	@Test
	void theStudentAndStaffListsFilteredByHtmxAnswerOnlyTheirResults() throws Exception {
		long school = demo.schoolOf("principal");
		mvc.perform(get("/schools/{id}/students", school).param("text", "张")
			.with(demo.as("principal"))
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"results\""),
					not(containsString("<nav class=\"navbar")), not(containsString("<html")))));
		mvc.perform(get("/schools/{id}/staff", school).param("post", "GUARD")
			.with(demo.as("principal"))
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"results\""), not(containsString("<html")))));
		mvc.perform(get("/schools/{id}/students", school).with(demo.as("principal")))
			.andExpect(content().string(allOf(containsString("id=\"results\""), containsString("<html"))));
	}

}
