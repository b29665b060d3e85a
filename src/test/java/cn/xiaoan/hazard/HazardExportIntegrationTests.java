package cn.xiaoan.hazard;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ledger's exports (台账) as Chinese schools exchange them: Chinese columns and file
 * names, Beijing time, statuses and levels as words, the 五落实 of every hazard, and the
 * list of supervised hazards (挂牌督办).
 */
@PlatformTest
class HazardExportIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	HazardManagement hazards;

	@Autowired
	RectificationPlans plans;

	@Autowired
	HazardSupervision supervision;

	@Autowired
	MockMvc mvc;

	private long supervisedHazard(String title) {
		long school = demo.schoolOf("principal");
		long id = demo.callAs("teacher",
				() -> hazards
					.report(new ReportHazard(school, title, "", "实验楼", SafetyCategory.BUILDINGS, HazardSource.AD_HOC,
							null, null, HazardGrade.MAJOR))
					.id());
		LocalDate deadline = LocalDate.now().plusDays(15);
		demo.runAs("safety", () -> {
			hazards.register(id);
			hazards.grade(id, HazardGrade.MAJOR, null);
		});
		demo.runAs("principal", () -> plans.file(id,
				new RectificationPlan("李主任", "更换配电箱", new BigDecimal("12800.50"), deadline, "断电挂牌，专人值守")));
		demo.runAs("tx_safety", () -> supervision.supervise(id, deadline));
		// Found at 23:30 Beijing time: still that day in the export, not the day before
		// (UTC).
		demo.jdbc()
			.sql("update hazard.hazard set found_at = (current_date + time '23:30') at time zone 'Asia/Shanghai' where id = :id")
			.param("id", id)
			.update();
		return id;
	}

	private static List<Row> rows(MockHttpServletResponse response) throws Exception {
		try (var workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(response.getContentAsByteArray()));
				var rows = workbook.getFirstSheet().openStream()) {
			return rows.toList();
		}
	}

	private static List<String> texts(Row row) {
		return java.util.stream.IntStream.range(0, row.getCellCount()).mapToObj(row::getCellText).toList();
	}

	private static String filename(MockHttpServletResponse response) {
		String header = response.getHeader("Content-Disposition");
		return URLDecoder.decode(header.replaceAll(".*filename\\*=UTF-8''", ""), StandardCharsets.UTF_8);
	}

	@Test
	void theLedgerExportCarriesTheFivePointPlanInChineseAndBeijingTime() throws Exception {
		long id = supervisedHazard("导出测试：配电箱老化");
		MockHttpServletResponse response = mvc
			.perform(get("/hazards/export").param("grade", "MAJOR").with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(filename(response)).startsWith("藤县隐患台账").endsWith(".xlsx");
		List<Row> rows = rows(response);
		List<String> header = texts(rows.get(0));
		assertThat(header).contains("责任人", "整改措施", "整改资金（元）", "整改时限", "应急预案", "状态", "上报层级");
		Row row = rows.stream()
			.filter(r -> HazardSummary.number(id).equals(r.getCellText(0)))
			.findFirst()
			.orElseThrow();
		assertThat(row.getCellText(header.indexOf("责任人"))).isEqualTo("李主任");
		assertThat(row.getCellText(header.indexOf("整改措施"))).isEqualTo("更换配电箱");
		assertThat(new BigDecimal(row.getCellText(header.indexOf("整改资金（元）")))).isEqualByComparingTo("12800.5");
		assertThat(row.getCellText(header.indexOf("应急预案"))).isEqualTo("断电挂牌，专人值守");
		assertThat(row.getCellText(header.indexOf("状态"))).isEqualTo("已定级");
		assertThat(row.getCellText(header.indexOf("上报层级"))).isEqualTo("学校");
		assertThat(row.getCellText(header.indexOf("发现时间"))).isEqualTo(LocalDate.now() + " 23:30");
		assertThat(texts(row)).noneMatch(t -> t.matches("[A-Z_]{4,}|true|false"));
	}

	@Test
	void supervisedHazardsExportAsTheListOfSupervisionWithTheirNoticesAndAcceptance() throws Exception {
		long id = supervisedHazard("导出测试：督办清单");
		MockHttpServletResponse response = mvc.perform(get("/hazards/supervised/export").with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(filename(response)).startsWith("藤县挂牌督办隐患清单").endsWith(".xlsx");
		List<Row> rows = rows(response);
		List<String> header = texts(rows.get(0));
		assertThat(header).contains("编号", "隐患", "学校", "督办单位", "通知书编号", "整改期限", "验收期限", "验收时间", "约谈时间", "状态");
		Row row = rows.stream()
			.filter(r -> HazardSummary.number(id).equals(r.getCellText(0)))
			.findFirst()
			.orElseThrow();
		assertThat(row.getCellText(header.indexOf("督办单位"))).isEqualTo("藤县教育局");
		assertThat(row.getCellText(header.indexOf("通知书编号"))).contains(HazardSummary.number(id));
		assertThat(row.getCellText(header.indexOf("验收时间"))).isEmpty();
		assertThat(row.getCellText(header.indexOf("状态"))).isEqualTo("已定级");
		mvc.perform(get("/hazards/supervised/export").with(demo.as("principal2"))).andExpect(status().isForbidden());
		List<Row> otherCounty = rows(mvc.perform(get("/hazards/supervised/export").with(demo.as("sz_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse());
		assertThat(otherCounty).noneMatch(r -> HazardSummary.number(id).equals(r.getCellText(0)));
	}

}
