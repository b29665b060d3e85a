package cn.xiaoan.inspection;

import java.io.ByteArrayInputStream;
import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inspection records workbook: per checked item, within the caller's scope and role.
 */
@PlatformTest
class InspectionExportIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	InspectionManagement inspections;

	@Autowired
	MockMvc mvc;

	@Test
	void theRecordsListEachSignedItemWithItsResultAndHazardInChineseUnderAChineseFileName() throws Exception {
		InspectionFixture fixture = new InspectionFixture(demo, inspections);
		List<Long> items = fixture.items("FIRE", 2);
		long task = fixture.taskOf(fixture.safetyPlan("导出测试：消防检查", Cadence.ONE_OFF, items).id());
		demo.runAs("safety",
				() -> inspections.submit(task,
						new SubmitInspection(
								List.of(new SubmitInspection.Answer(items.get(0), ItemResult.PASS, "", ""),
										new SubmitInspection.Answer(items.get(1), ItemResult.FAIL, "灭火器压力不足", "教学楼二层")),
								true)));
		MvcResult result = mvc.perform(get("/inspections/export").with(demo.as("safety")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.contains("%E6%A3%80%E6%9F%A5%E8%AE%B0%E5%BD%95-");
		List<List<String>> rows = read(result.getResponse().getContentAsByteArray());
		assertThat(rows.get(0)).startsWith("检查计划", "学校", "周期");
		List<List<String>> mine = rows.stream().filter(r -> r.get(0).equals("导出测试：消防检查")).toList();
		assertThat(mine).hasSize(2);
		assertThat(mine.get(0)).contains("藤县第一高级中学", "合格");
		assertThat(mine.get(1)).contains("不合格", "灭火器压力不足", "教学楼二层");
		assertThat(mine.get(1).get(11)).as("the hazard it raised, by its ledger number").matches("YH\\d+");
		assertThat(mine.get(0).get(11)).isEmpty();
		assertThat(mine.get(1).get(5)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
		assertThat(String.join(",", mine.get(1))).doesNotContain("FAIL", "FIRE");

		// another province sees none of it; a teacher may not export
		List<List<String>> foreign = read(mvc.perform(get("/inspections/export").with(demo.as("sz_admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(foreign).noneMatch(r -> r.get(0).equals("导出测试：消防检查"));
		mvc.perform(get("/inspections/export").with(demo.as("teacher"))).andExpect(status().isForbidden());
	}

	private static List<List<String>> read(byte[] xlsx) throws Exception {
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			return wb.getFirstSheet()
				.read()
				.stream()
				.map(r -> r.stream().map(c -> c == null ? "" : c.getText()).toList())
				.toList();
		}
	}

}
