package cn.xiaoan.risk;

import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.Sheets;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformTest
class RiskLedgerExportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Test
	void theRiskInventoryExportsWithLevelColourMethodScoreMeasuresPersonAndNextReview() throws Exception {
		long school = demo.schoolOf("principal");
		List<List<String>> rows = Sheets
			.exported(mvc.perform(get("/schools/{id}/risks/export", school).with(demo.as("principal")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse(), "风险点台账-");
		assertThat(rows.get(0)).containsExactly("编号", "类别", "风险点名称", "所在位置", "风险等级", "颜色标识", "评估方法", "风险值", "管控措施",
				"责任人", "下次复评日期");
		int points = demo.jdbc()
			.sql("select count(*) from risk.point where school_id = :s")
			.param("s", school)
			.query(Integer.class)
			.single();
		assertThat(rows).hasSize(points + 1);
		List<String> assessed = rows.stream()
			.skip(1)
			.filter(r -> r.size() > 6 && !r.get(6).isEmpty())
			.findFirst()
			.orElseThrow();
		assertThat(assessed.get(5)).isIn("红", "橙", "黄", "蓝");
		assertThat(assessed.get(6)).isIn("LEC法", "LS风险矩阵法");
		assertThat(String.join(" ", rows.stream().flatMap(List::stream).toList())).doesNotContain("MAJOR", "LARGER",
				"GENERAL", "LOW", "risk.");
	}

	@Test
	void anotherSchoolsInventoryIsNotFoundAndATeacherMayNotExportIt() throws Exception {
		mvc.perform(get("/schools/{id}/risks/export", demo.schoolOf("principal")).with(demo.as("principal2")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/schools/{id}/risks/export", demo.schoolOf("teacher")).with(demo.as("teacher")))
			.andExpect(status().isForbidden());
	}

}
