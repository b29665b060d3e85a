package cn.xiaoan.analytics;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.Sheets;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A county's quarterly report is a PDF and a workbook, archived, seen by the city above
 * (and told in its inbox), not by a school.
 */
@PlatformTest
class ReportIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Test
	void aCountysQuarterlyReportIsArchivedAndSentToTheCityAbove() throws Exception {
		LocalDate today = LocalDate.now();
		String quarter = today.getYear() + "Q" + today.get(IsoFields.QUARTER_OF_YEAR);
		long before = demo.jdbc().sql("select count(*) from analytics.report").query(Long.class).single();
		long started = System.nanoTime();
		mvc.perform(post("/analytics/reports").param("period", quarter).with(csrf()).with(demo.as("tx_safety")))
			.andExpect(status().is3xxRedirection());
		long id = demo.jdbc()
			.sql("select max(id) from analytics.report where region_code = '450422'")
			.query(Long.class)
			.single();
		assertThat(demo.jdbc().sql("select count(*) from analytics.report").query(Long.class).single())
			.isEqualTo(before + 1);
		System.out.printf("county quarterly report generated in %d ms%n", (System.nanoTime() - started) / 1_000_000);
		byte[] pdf = mvc.perform(get("/analytics/reports/{id}/pdf", id).with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/analytics"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/analytics/county-quarter.pdf"), pdf);
		byte[] xlsx = mvc.perform(get("/analytics/reports/{id}/xlsx", id).with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Sheets.read(xlsx).get(0)).containsExactly("隐患类别", "本期", "上期", "去年同期");
		// the city above lists it and opens it; its inbox says so
		mvc.perform(get("/analytics/reports").with(demo.as("wz_admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/analytics/reports/" + id + "/pdf")));
		mvc.perform(get("/analytics/reports/{id}/pdf", id).with(demo.as("wz_admin"))).andExpect(status().isOk());
		mvc.perform(get("/inbox").with(demo.as("wz_admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("学校安全隐患统计报告")));
	}

	@Test
	void aSchoolCannotOpenNorGenerateAReport() throws Exception {
		mvc.perform(post("/analytics/reports").param("period", String.valueOf(LocalDate.now().getYear()))
			.with(csrf())
			.with(demo.as("tx_safety"))).andExpect(status().is3xxRedirection());
		long id = demo.jdbc()
			.sql("select max(id) from analytics.report where region_code = '450422'")
			.query(Long.class)
			.single();
		mvc.perform(get("/analytics/reports/{id}/pdf", id).with(demo.as("safety"))).andExpect(status().isForbidden());
		mvc.perform(post("/analytics/reports").param("period", "2026").with(csrf()).with(demo.as("safety")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aReportCoversAQuarterOrAYearOnly() throws Exception {
		mvc.perform(post("/analytics/reports").param("period", "2026-05").with(csrf()).with(demo.as("tx_safety")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("formErrors", java.util.List.of("报告按季度或年度生成")));
	}

}
