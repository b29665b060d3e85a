package cn.xiaoan.platform;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A refusal, a malformed address and an unknown id keep the menu bar of the signed-in
 * user.
 */
@PlatformTest
class ErrorPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Test
	void errorPageKeepsNavigation() throws Exception {
		mvc.perform(get("/accounts").with(demo.as("student")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(allOf(containsString("无权访问"),
					containsString("class=\"navbar-nav me-auto xa-nav\""), containsString("href=\"/my/homework\""))));
		mvc.perform(get("/hazards/not-a-number").with(demo.as("tx_safety")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("xa-nav"), containsString("href=\"/hazards\""))));
		mvc.perform(get("/hazards/987654321").with(demo.as("tx_safety")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(
					allOf(containsString("未找到"), containsString("xa-nav"), containsString("aria-current=\"page\""))));
	}

}
