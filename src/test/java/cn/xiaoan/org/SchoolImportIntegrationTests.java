package cn.xiaoan.org;

import java.io.ByteArrayInputStream;
import java.util.List;

import cn.xiaoan.shared.ImportProblem;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.Sheets;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Schools exported to a workbook and imported back, with row errors for bad rows. */
@PlatformTest
class SchoolImportIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	SchoolSpreadsheet schools;

	@Test
	void schoolsExportAndImportRoundTripWithRowErrors() throws Exception {
		var out = new java.io.ByteArrayOutputStream();
		demo.runAs("ms_admin", () -> {
			try {
				schools.export(SchoolQuery.all(), out);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		var result = demo.callAs("ms_admin", () -> schools.importSchools(new ByteArrayInputStream(out.toByteArray())));
		assertThat(result.problems()).isEmpty();
		assertThat(result.updated()).isEqualTo(demo.schoolsIn("450423").size());
		byte[] bad = Sheets.xlsx(List.of("学校代码", "学校名称", "学校类型", "行政区划代码", "学生数"), List
			.of(List.of("2450423901", "蒙山县新建小学", "小学", "450423", 300), List.of("123", "坏代码", "城堡", "530323", "很多")));
		var rejected = demo.callAs("ms_admin", () -> schools.importSchools(new ByteArrayInputStream(bad)));
		assertThat(rejected.problems()).extracting(ImportProblem::row, ImportProblem::column)
			.contains(org.assertj.core.groups.Tuple.tuple(3, "A 学校代码"),
					org.assertj.core.groups.Tuple.tuple(3, "C 学校类型"),
					org.assertj.core.groups.Tuple.tuple(3, "D 行政区划代码"),
					org.assertj.core.groups.Tuple.tuple(3, "E 学生数"));
		assertThat(demo.jdbc()
			.sql("select count(*) from org.school where code = '2450423901'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aSchoolSheetOfBlankRowsIsRefusedQuicklyNamingTheRowBound() throws Exception {
		// about 600 KB of formatted empty rows past the 50,000-row bound: it once held a
		// transaction for 10 s
		byte[] blank = Sheets.blankRows(SchoolSpreadsheet.HEADERS, 60_000, 4);
		assertThat(blank.length).isGreaterThan(200_000);
		long start = System.nanoTime();
		String answer = mvc
			.perform(multipart("/api/v1/schools/imports").file(new MockMultipartFile("file", "blank.xlsx", null, blank))
				.with(demo.as("principal"))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(3));
		assertThat(answer).contains("50000");
	}

	@Autowired
	MockMvc mvc;

}
