package cn.xiaoan.hazard;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A rectification deadline lies between today and the day the hazard was found plus the
 * policy's longest deadline for its grade (30 days general, 180 major by default): a
 * deadline of 9999-12-31 was accepted and the hazard never escalated.
 */
@PlatformTest
class HazardDeadlineBoundsIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	HazardManagement hazards;

	@Autowired
	RectificationPlans plans;

	@Autowired
	MockMvc mvc;

	private long registered(String title, HazardGrade suggested) {
		long school = demo.schoolOf("principal");
		long id = demo.callAs("teacher",
				() -> hazards
					.report(new ReportHazard(school, title, "", "操场", SafetyCategory.FIRE, HazardSource.AD_HOC, null,
							null, suggested))
					.id());
		demo.runAs("safety", () -> hazards.register(id));
		return id;
	}

	@Test
	void theApiRefusesAGradingDeadlineOfTheYear9999WithAFieldError() throws Exception {
		long id = registered("期限测试：消防通道堵塞", HazardGrade.GENERAL);
		mvc.perform(post("/api/v1/hazards/{id}/grade", id).with(demo.as("safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"grade\":\"GENERAL\",\"deadline\":\"9999-12-31\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.deadline").value(containsString("整改期限不能晚于")))
			.andExpect(jsonPath("$.errors.deadline").value(containsString("30 天")));
		mvc.perform(post("/api/v1/hazards/{id}/grade", id).with(demo.as("safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"grade\":\"GENERAL\",\"deadline\":\"" + LocalDate.now().plusDays(20) + "\"}"))
			.andExpect(status().isOk());
	}

	@Test
	void theGradingFormRefusesADeadlineBeyondTheMajorBound() throws Exception {
		long id = registered("期限测试：教学楼外墙开裂", HazardGrade.MAJOR);
		mvc.perform(post("/hazards/{id}/grade", id).with(demo.as("safety"))
			.with(csrf())
			.param("grade", "MAJOR")
			.param("deadline", LocalDate.now().plusDays(181).toString())
			.header("Referer", "http://localhost/hazards/" + id))
			.andExpect(redirectedUrl("/hazards/" + id))
			.andExpect(flash().attribute("fieldErrors",
					hasEntry(org.hamcrest.Matchers.is("deadline"), containsString("180 天"))));
		assertThat(demo.callAs("safety", () -> hazards.summary(id)).status()).isEqualTo(HazardStatus.REGISTERED);
	}

	@Test
	void aPlanOrASupervisionCannotPutTheDeadlineOutOfReach() throws Exception {
		long id = registered("期限测试：配电房漏水", HazardGrade.MAJOR);
		demo.runAs("safety", () -> hazards.grade(id, HazardGrade.MAJOR, null));
		assertThatThrownBy(() -> demo.runAs("principal",
				() -> plans.file(id,
						new RectificationPlan("王校长", "维修", new BigDecimal("800"), LocalDate.of(9999, 12, 31), "停用"))))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.fieldErrors()).containsEntry("deadline", "hazard.deadline.toolate"));
		mvc.perform(post("/api/v1/hazards/{id}/supervise", id).with(demo.as("tx_safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"deadline\":\"9999-12-31\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.deadline").value(containsString("整改期限不能晚于")));
	}

}
