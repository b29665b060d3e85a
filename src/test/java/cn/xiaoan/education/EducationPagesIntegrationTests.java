package cn.xiaoan.education;

import java.util.List;

import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.RefusedForms;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The education pages: refused forms come back with every error next to its field and
 * what was typed; a campaign's drill-down swaps only the unit's figures.
 */
@PlatformTest
class EducationPagesIntegrationTests extends HomeworkTestSupport {

	@Test
	void aRefusedCampaignComesBackWithEveryErrorAndWhatWasTyped() throws Exception {
		String page = RefusedForms.shownAfter(mvc, demo.as("tx_safety"), "/campaigns",
				post("/campaigns").param("title", "")
					.param("lessonCode", "")
					.param("startsOn", "2030-05-10")
					.param("endsOn", "2030-05-01")
					.param("_requiresParent", "on")
					.param("description", "留下的说明"));
		assertThat(page).contains("value=\"2030-05-10\"", "value=\"2030-05-01\"", ">留下的说明</textarea>");
		assertThat(page).doesNotContainPattern("id=\"requiresParent\"[^>]*checked");
		// title, lesson and end date, each under its field
		assertThat(page.split("class=\"invalid-feedback\"")).hasSize(4);
		assertThat(page).contains("id=\"form-errors\"");
	}

	@Test
	void aRefusedHomeworkComesBackWithEveryErrorAndEveryClassTicked() throws Exception {
		long school = demo.schoolOf("principal");
		List<Long> classes = demo.callAs("principal", () -> education.assignableClasses(school))
			.stream()
			.map(Homework.ClassOption::id)
			.limit(2)
			.toList();
		assertThat(classes).hasSize(2);
		String page = RefusedForms.shownAfter(mvc, demo.as("principal"), "/homework/new",
				post("/homework").param("lessonCode", "")
					.param("title", "留下的标题")
					.param("dueOn", "2020-01-01")
					.param("classIds", String.valueOf(classes.get(0)), String.valueOf(classes.get(1)))
					.param("requiresParent", "true")
					.param("_requiresParent", "on"));
		assertThat(page).contains("value=\"留下的标题\"", "value=\"2020-01-01\"");
		assertThat(page).containsPattern("id=\"requiresParent\"[^>]*checked");
		for (long id : classes) {
			assertThat(page).containsPattern("value=\"" + id + "\" id=\"class-" + id + "\" checked");
		}
		// lesson and due date, each under its field
		assertThat(page.split("class=\"invalid-feedback\"")).hasSize(3);
	}

	@Test
	void aRefusedVideoLinkShowsTitleAndLinkErrorsTogether() throws Exception {
		String page = RefusedForms.shownAfter(mvc, demo.as("tx_safety"), "/lessons/DROWNING",
				post("/lessons/DROWNING/media").param("title", " ").param("url", "http://insecure.example.org/v"));
		assertThat(page).contains("value=\"http://insecure.example.org/v\"");
		assertThat(page).containsPattern("id=\"add-media\"[^>]*open");
		assertThat(page.split("class=\"invalid-feedback\"")).hasSize(3);
	}

	@Test
	void aDrillDownByHtmxAnswersOnlyTheUnitsFigures() throws Exception {
		Campaign campaign = countyCampaign("页面测试：下钻只换数据", false);
		assignToStudentsClass(campaign);
		settle(campaign.id());
		String county = "R:450422";
		mvc.perform(get("/campaigns/{id}", campaign.id()).param("unit", county)
			.with(demo.as("tx_safety"))
			.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"rates\""), containsString("id=\"unit-rates\""),
					containsString("id=\"trend-chart\""), not(containsString("<nav")), not(containsString("<html")))));
		mvc.perform(get("/campaigns/{id}", campaign.id()).param("unit", county)
			.with(demo.as("tx_safety"))
			.header("HX-Request", "true")
			.header("HX-History-Restore-Request", "true"))
			.andExpect(content().string(allOf(containsString("<html"), containsString("id=\"rates\""))));
		mvc.perform(get("/campaigns/{id}", campaign.id()).param("unit", county).with(demo.as("tx_safety")))
			.andExpect(content().string(allOf(containsString("<html"), containsString("<nav"),
					containsString("id=\"rates\""), containsString("hx-target=\"#rates\""))));
	}

}
