package cn.xiaoan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.Sheets;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every register of the special actions on the ground (issue 14: waters, venues and
 * cases, 护学岗, surroundings checks, institutions, liaison) comes out for the county as a
 * workbook that fastexcel's reader opens, named in Chinese with the Beijing date, with a
 * header row of Chinese column names and no message key or enum name in any cell (ADR
 * 0048).
 */
@PlatformTest
class FieldRegistersExportIntegrationTests {

	/** The export of each register and the title its file name carries. */
	static final Map<String, String> REGISTERS = new LinkedHashMap<>();

	static {
		REGISTERS.put("/waters/export", "重点水域台账");
		REGISTERS.put("/waters/patrols/export", "防溺水巡查记录");
		REGISTERS.put("/waters/training/export", "教职工救援技能培训记录");
		REGISTERS.put("/surroundings/export", "校园周边场所台账");
		REGISTERS.put("/surroundings/venue-cases/export", "周边整治案件台账");
		REGISTERS.put("/surroundings/guard-posts/export", "护学岗排班表");
		REGISTERS.put("/surroundings/check-ins/export", "护学岗签到记录");
		REGISTERS.put("/surroundings/checks/export", "校园周边巡查记录");
		REGISTERS.put("/institutions/export", "校外培训机构台账");
		REGISTERS.put("/institutions/rectifications/export", "校外培训机构整改台账");
		REGISTERS.put("/institutions/resettlements/export", "取缔机构学员安置台账");
		REGISTERS.put("/liaison/deputies/export", "法治副校长名册");
		REGISTERS.put("/liaison/clues/export", "涉校线索台账");
		REGISTERS.put("/liaison/stations/export", "派出所辖区名册");
	}

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Test
	void eachFieldRegisterOpensWithFastexcelWithChineseHeadersAndNoCodes() throws Exception {
		for (Map.Entry<String, String> register : REGISTERS.entrySet()) {
			var response = mvc.perform(get(register.getKey()).with(demo.as("tx_safety")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse();
			List<List<String>> rows = Sheets.exported(response, register.getValue());
			assertThat(rows).as(register.getKey()).isNotEmpty();
			assertThat(rows.get(0)).as(register.getKey() + " headers")
				.isNotEmpty()
				.allMatch(h -> h.codePoints()
					.anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
			for (List<String> row : rows) {
				assertThat(row).as(register.getKey() + " cells")
					.noneMatch(cell -> cell.matches("[a-z]+(\\.[a-zA-Z_]+)+") || cell.matches("[A-Z]+(_[A-Z]+)+"));
			}
		}
	}

}
