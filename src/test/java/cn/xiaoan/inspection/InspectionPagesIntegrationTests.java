package cn.xiaoan.inspection;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.RefusedForms;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The inspection pages: a refused form comes back whole. */
@PlatformTest
class InspectionPagesIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Test
	void aRefusedChecklistItemComesBackWithEveryErrorAndWhatWasTyped() throws Exception {
		String page = RefusedForms.shownAfter(mvc, demo.as("tx_admin"), "/inspections/library",
				post("/inspections/library").param("category", "")
					.param("text", "")
					.param("basis", "留下的依据")
					.param("suggestedGrade", "MAJOR"));
		assertThat(page).contains("value=\"留下的依据\"").containsPattern("<option value=\"MAJOR\"\\s+selected");
		assertThat(page.split("class=\"invalid-feedback\"").length).isGreaterThanOrEqualTo(3);
	}

}
