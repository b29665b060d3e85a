package cn.xiaoan.hazard;

import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.ManySchools;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.RefusedForms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The forms that name a school (the hazard report and the others through
 * {@code fragments/school-picker}): a city of many schools gets a search box instead of a
 * list of every school, a small county keeps its list, a school its own school, and a
 * school of another region posted anyway is still refused by the module's API.
 */
@PlatformTest
class SchoolPickerFormsIntegrationTests {

	/** The forms of a bureau that name one school or several. */
	private static final List<String> FORMS = List.of("/hazards/report", "/inspections/spot-checks/new",
			"/inspections/plans/new", "/liaison/deputies/new", "/liaison/clues/new", "/surroundings/venues/new",
			"/surroundings/checks/form", "/opinions/new", "/waters/training/new", "/waters/new");

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void aBigCity() {
		ManySchools.ensure(demo);
	}

	private String page(String path, String user) throws Exception {
		return mvc.perform(get(path).with(demo.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static int options(String html) {
		return html.split("<option", -1).length - 1;
	}

	@Test
	void aCityOfManySchoolsTypesPartOfANameInsteadOfScrollingThemAll() throws Exception {
		for (String form : FORMS) {
			String html = page(form, ManySchools.OFFICER);
			assertThat(html).as(form).contains("/org/schools/pick?field=");
			assertThat(html).as(form).doesNotContain("海口秀英第", "海口长流第", ManySchools.TWIN);
			assertThat(options(html)).as(form).isLessThan(ManySchools.SCHOOLS);
		}
		// no bigger than a county's form with its three schools
		String report = page("/hazards/report", ManySchools.OFFICER);
		assertThat(report.length()).isLessThan(page("/hazards/report", "tx_safety").length() + 4_000);
		assertThat(report).contains("id=\"schoolId-q\"", "aria-controls=\"schoolId-results\"", "role=\"radiogroup\"");
	}

	@Test
	void aKeyWaterOfABigCityGetsARowForEachSchoolFoundNotForEverySchool() throws Exception {
		long found = ManySchools.ids(demo).get(2);
		long outside = demo.schoolsIn("450422").get(0);
		assertThat(page("/waters/school-row?add=" + found, ManySchools.OFFICER))
			.contains("name=\"school-" + found + "\" checked=\"checked\"", "name=\"distance-" + found + "\"");
		assertThat(page("/waters/school-row?add=" + outside, ManySchools.OFFICER)).doesNotContain("school-" + outside);
		assertThat(page("/waters/new", "tx_safety")).contains("name=\"school-" + outside + "\"")
			.doesNotContain("/org/schools/pick");
	}

	@Test
	void aSmallCountyKeepsItsListAndASchoolItsOwnSchool() throws Exception {
		String county = page("/hazards/report", "tx_safety");
		assertThat(county).contains("id=\"schoolId\" name=\"schoolId\"").doesNotContain("/org/schools/pick");
		for (long school : demo.schoolsIn("450422")) {
			assertThat(county).contains("<option value=\"" + school + "\"");
		}
		String school = page("/hazards/report", "safety");
		int select = school.indexOf("id=\"schoolId\"");
		assertThat(options(school.substring(select, school.indexOf("</select>", select)))).isEqualTo(1);
		assertThat(school).contains("<option value=\"" + demo.schoolOf("safety") + "\"");
	}

	@Test
	void aFormShownAgainAfterAnErrorKeepsTheChosenSchoolByName() throws Exception {
		long chosen = ManySchools.ids(demo).get(6);
		String html = RefusedForms.shownAfter(mvc, demo.as(ManySchools.OFFICER), "/hazards/report",
				post("/hazards/report").param("schoolId", String.valueOf(chosen))
					.param("title", "")
					.param("category", "BUILDINGS"));
		assertThat(html).containsPattern("value=\"" + chosen + "\"[^>]*checked=\"checked\"").contains("海口长流第7小学");
	}

	@Test
	void aSchoolOfAnotherRegionPostedAnywayIsRefused() throws Exception {
		long wuzhou = demo.schoolsIn("450422").get(0);
		long before = hazardsOf(wuzhou);
		int status = mvc
			.perform(post("/hazards/report").with(demo.as(ManySchools.OFFICER))
				.with(csrf())
				.param("schoolId", String.valueOf(wuzhou))
				.param("title", "围墙破损")
				.param("category", "BUILDINGS"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(404);
		assertThat(hazardsOf(wuzhou)).isEqualTo(before);
		long cases = casesOf(wuzhou);
		int opinion = mvc
			.perform(post("/opinions").with(demo.as(ManySchools.OFFICER))
				.with(csrf())
				.param("title", "网传校门口斗殴")
				.param("occurredAt", "2026-11-30T08:00")
				.param("location", "校门口")
				.param("severity", "GENERAL")
				.param("source", "SOCIAL")
				.param("schoolIds", String.valueOf(wuzhou))
				.param("approver", ManySchools.OFFICER))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(opinion).isIn(302, 400, 403, 404);
		assertThat(casesOf(wuzhou)).isEqualTo(cases);
	}

	private long casesOf(long school) {
		return demo.jdbc()
			.sql("select count(*) from opinion.case_school where school_id = :s")
			.param("s", school)
			.query(Long.class)
			.single();
	}

	private long hazardsOf(long school) {
		return demo.jdbc()
			.sql("select count(*) from hazard.hazard where school_id = :s")
			.param("s", school)
			.query(Long.class)
			.single();
	}

}
