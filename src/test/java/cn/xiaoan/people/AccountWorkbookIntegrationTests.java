package cn.xiaoan.people;

import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.Sheets;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accounts and staff by workbook through the API: an account workbook imported all rows
 * or none, a staff workbook as a job (not for another tenant's school), and the export of
 * the accounts in scope.
 */
@PlatformTest
class AccountWorkbookIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Test
	void anAccountWorkbookImportsAllRowsOrNoneAndShowsGeneratedPasswordsOnce() throws Exception {
		List<String> headers = AccountImport.HEADERS;
		byte[] bad = Sheets.xlsx(headers,
				List.of(List.of("imp_ok1", "甲", "教育局安全干部", "450422", "", "", "Start2026a"),
						List.of("imp_bad", "乙", "教育局管理员", "450400", "", "", ""),
						List.of("imp_bad2", "丙", "不存在的角色", "450422", "", "", "")));
		mvc.perform(multipart("/api/v1/accounts/imports").file(new MockMultipartFile("file", "a.xlsx", null, bad))
			.with(demo.as("tx_admin"))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].row").value(3))
			.andExpect(jsonPath("$.problems[0].column").value("D 行政区划代码"))
			.andExpect(jsonPath("$.problems[1].column").value("C 角色"));
		assertThat(demo.jdbc()
			.sql("select count(*) from people.account where username like 'imp_%'")
			.query(Integer.class)
			.single()).isZero();
		byte[] good = Sheets.xlsx(headers, List.of(List.of("imp_ok1", "甲", "教育局安全干部", "450422", "", "", "Start2026a"),
				List.of("imp_police", "乙", "警校联动民警", "450422", "", "学校基本信息、安保力量/三个100%", "")));
		mvc.perform(multipart("/api/v1/accounts/imports").file(new MockMultipartFile("file", "a.xlsx", null, good))
			.with(demo.as("tx_admin"))
			.with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.imported").value(2))
			.andExpect(jsonPath("$.generated[0].username").value("imp_police"));
		assertThat(demo.jdbc()
			.sql("select data_kinds from people.account where username = 'imp_police'")
			.query(String.class)
			.single()).isEqualTo("SCHOOL_BASIC,SECURITY");
	}

	@Test
	void staffWorkbooksImportThroughTheApiAsAJob() throws Exception {
		long school = demo.schoolOf("principal");
		byte[] file = Sheets.xlsx(StaffImport.HEADERS, List.of(List.of("接口 保安", "男", "", "保安", "是", "API1", "")));
		String body = mvc
			.perform(multipart("/api/v1/schools/{id}/staff/imports", school)
				.file(new MockMultipartFile("file", "s.xlsx", null, file))
				.param("initialPassword", "Start2026a")
				.with(demo.as("principal"))
				.with(csrf()))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String job = body.replaceAll(".*\"job\":\"([^\"]+)\".*", "$1");
		String status = "RUNNING";
		for (int i = 0; i < 100 && status.equals("RUNNING"); i++) {
			Thread.sleep(100);
			String state = mvc.perform(get("/api/v1/imports/{job}", job).with(demo.as("principal")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			status = state.replaceAll(".*\"status\":\"([A-Z]+)\".*", "$1");
		}
		assertThat(status).isEqualTo("DONE");
		mvc.perform(multipart("/api/v1/schools/{id}/staff/imports", demo.schoolsIn("530323").get(0))
			.file(new MockMultipartFile("file", "s.xlsx", null, file))
			.param("initialPassword", "Start2026a")
			.with(demo.as("principal"))
			.with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void theExportListsTheAccountsInScopeWithLabelsAndNoPasswordHashes() throws Exception {
		byte[] xlsx = mvc.perform(get("/accounts/export").param("text", "tx_").with(demo.as("tx_admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> cells = new java.util.ArrayList<>();
		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx));
				var rows = workbook.getFirstSheet().openStream()) {
			rows.forEach(r -> r.forEach(c -> cells.add(c == null ? "" : c.getText())));
		}
		assertThat(cells).contains("登录账号", "tx_safety", "教育局安全干部", "藤县")
			.doesNotContain("BUREAU_SAFETY_OFFICER", "sz_safety")
			.noneMatch(c -> c.startsWith("$2"));
	}

}
