package cn.xiaoan.risk;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.RefusedForms;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The risk pages: a refused form comes back whole. */
@PlatformTest
class RiskPagesIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Test
	void aRefusedLibraryTemplateComesBackWithItsErrorsAndWhatWasTyped() throws Exception {
		String page = RefusedForms.shownAfter(mvc, demo.as("tx_admin"), "/risk-library",
				post("/risk-library").param("categoryCode", "")
					.param("name", "")
					.param("hazardFactors", "码头护栏缺失，留下的文字")
					.param("accidentTypes", "淹溺"));
		assertThat(page).contains("码头护栏缺失，留下的文字</textarea>", "淹溺</textarea>", "is-invalid");
		assertThat(page.split("class=\"invalid-feedback\"").length).isGreaterThanOrEqualTo(3);
	}

}
