package cn.xiaoan.policy;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.RefusedForms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Values that cannot contradict each other: ranges and the order between settings, at the
 * region and at the regions below it that keep values of their own. Uses 云南 (530000), 曲靖
 * (530300) and 师宗县 (530323), whose overrides are removed after each test.
 */
@PlatformTest
class PolicyConstraintsIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	PolicyManagement policy;

	@Autowired
	MessageSource messages;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void removeYunnanOverrides() {
		demo.jdbc().sql("delete from policy.override where region_code like '53%'").update();
	}

	private String refusal(String user, Runnable change) {
		BusinessRuleViolation refused = org.junit.jupiter.api.Assertions.assertThrows(BusinessRuleViolation.class,
				() -> demo.runAs(user, change));
		return messages.getMessage(refused.fieldErrors().get("value"), refused.arguments("value"),
				java.util.Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	void redThresholdCannotBeSetBelowOrange() {
		String message = refusal("yn_admin",
				() -> policy.override(PolicySetting.RISK_LEC_MAJOR_ABOVE, "530000", "150", "云南省风险分级办法"));
		assertThat(message).isEqualTo("须大于「LEC：D 大于此值为较大风险（橙）」的执行值 160（国家默认）");
		assertThat(
				demo.callAs("yn_admin", () -> policy.effective(PolicySetting.RISK_LEC_MAJOR_ABOVE, "530000")).value())
			.isEqualTo("320");
	}

	@Test
	void orangeThresholdCannotBeRaisedToTheRedOne() {
		demo.runAs("yn_admin", () -> policy.override(PolicySetting.RISK_LEC_MAJOR_ABOVE, "530000", "400", "省办法"));
		assertThat(
				refusal("qj_admin", () -> policy.override(PolicySetting.RISK_LEC_LARGER_ABOVE, "530300", "400", "市办法")))
			.isEqualTo("须小于「LEC：D 大于此值为重大风险（红）」的执行值 400（来自云南省）");
		demo.runAs("qj_admin", () -> policy.override(PolicySetting.RISK_LEC_LARGER_ABOVE, "530300", "399", "市办法"));
	}

	@Test
	void aProvinceCannotMakeACountysExistingOverrideContradict() {
		demo.runAs("sz_admin", () -> policy.override(PolicySetting.RISK_LS_LARGER_FROM, "530323", "18", "县办法"));
		assertThat(refusal("yn_admin", () -> policy.override(PolicySetting.RISK_LS_MAJOR_FROM, "530000", "17", "省办法")))
			.isEqualTo("须大于「LS：R 不小于此值为较大风险（橙）」的执行值 18（师宗县已调整此项，请先修改或恢复师宗县的该项设置）");
		// where the county keeps its own red threshold too, the province's change does
		// not reach it
		demo.runAs("sz_admin", () -> policy.override(PolicySetting.RISK_LS_MAJOR_FROM, "530323", "22", "县办法"));
		demo.runAs("yn_admin", () -> policy.override(PolicySetting.RISK_LS_MAJOR_FROM, "530000", "17", "省办法"));
	}

	@Test
	void restoringTheValueAboveIsRefusedWhenItWouldContradictTheRegionsOtherSettings() {
		demo.runAs("qj_admin", () -> {
			policy.override(PolicySetting.HAZARD_MAJOR_DEADLINE_DAYS, "530300", "60", "市办法");
			policy.override(PolicySetting.HAZARD_GENERAL_DEADLINE_DAYS, "530300", "45", "市办法");
		});
		assertThat(refusal("qj_admin", () -> policy.removeOverride(PolicySetting.HAZARD_MAJOR_DEADLINE_DAYS, "530300")))
			.isEqualTo("恢复上级设置后此项将为 30，不能小于「一般隐患整改期限（天）」的执行值 45（来自曲靖市）");
	}

	@Test
	void smallSchoolThresholdCannotExceedTheMediumOne() {
		assertThat(refusal("yn_admin",
				() -> policy.override(PolicySetting.GUARD_SMALL_SCHOOL_BELOW, "530000", "1200", "省办法")))
			.startsWith("不能大于「中等规模学校：师生数不超过」的执行值 1000");
	}

	@Test
	void aValueOutsideTheSettingsRangeIsRefusedWithTheRange() {
		assertThat(refusal("yn_admin", () -> policy.override(PolicySetting.RISK_LS_MAJOR_FROM, "530000", "26", "省办法")))
			.isEqualTo("应在 1 到 25 之间");
		assertThat(refusal("yn_admin",
				() -> policy.override(PolicySetting.VIDEO_RETENTION_MIN_DAYS, "530000", "20", "省办法")))
			.isEqualTo("应在 30 到 365 之间");
		assertThat(
				refusal("yn_admin", () -> policy.override(PolicySetting.SCHOOL_YEAR_STARTS, "530000", "02-30", "省办法")))
			.isEqualTo("应为“月-日”，如 09-01");
	}

	@Test
	void semesterBoundariesMustLeaveTwoSemestersOfNinetyDays() {
		assertThat(refusal("yn_admin",
				() -> policy.override(PolicySetting.SPRING_SEMESTER_STARTS, "530000", "11-01", "省校历")))
			.isEqualTo("与「学年开始日（秋季学期开学，月-日）」的执行值 09-01（国家默认）相隔太近：两个学期都须至少 90 天");
		demo.runAs("yn_admin", () -> policy.override(PolicySetting.SPRING_SEMESTER_STARTS, "530000", "02-20", "省校历"));
	}

	@Test
	void theApiAnswers400WithTheFieldErrorNamingTheOtherSetting() throws Exception {
		mvc.perform(put("/api/v1/policy/regions/530000/RISK_LEC_GENERAL_ABOVE").with(demo.as("yn_admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"value\":\"200\",\"legalBasis\":\"省办法\"}")
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.value").value("须小于「LEC：D 大于此值为较大风险（橙）」的执行值 160（国家默认）"));
	}

	@Test
	void theSettingsPageShowsTheRefusalInChineseAndKeepsWhatWasTyped() throws Exception {
		String page = RefusedForms.shownAfter(mvc, demo.as("yn_admin"), "/policy?region=530000",
				post("/policy/override").param("setting", "RISK_LEC_MAJOR_ABOVE")
					.param("region", "530000")
					.param("value", "150")
					.param("legalBasis", "云南省风险分级办法"));
		assertThat(page).contains("须大于「LEC：D 大于此值为较大风险（橙）」的执行值 160（国家默认）", "value=\"150\"", "云南省风险分级办法");
	}

	@Test
	void theSettingsPageOffersLevelsByNameAndDaysAsMonthAndDay() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/policy?region=530000")
			.with(demo.as("yn_admin")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(allOf(containsString("pattern=\"[0-9]{2}-[0-9]{2}\""), containsString("value=\"09-01\""),
						containsString("max=\"25\""))));
		assertThatThrownBy(() -> demo.runAs("yn_safety",
				() -> policy.override(PolicySetting.SPOT_CHECK_WINDOW_DAYS, "530000", "10", "省办法")))
			.isInstanceOf(cn.xiaoan.shared.AccessDenied.class);
	}

}
