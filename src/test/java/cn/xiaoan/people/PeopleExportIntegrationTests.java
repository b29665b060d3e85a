package cn.xiaoan.people;

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
class PeopleExportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	private List<List<String>> export(String user, String what, String title) throws Exception {
		return Sheets
			.exported(mvc.perform(get("/schools/{id}/" + what + "/export", demo.schoolOf(user)).with(demo.as(user)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse(), title);
	}

	private static String all(List<List<String>> rows) {
		return String.join(" ", rows.stream().flatMap(List::stream).toList());
	}

	@Test
	void theStudentListExportsEveryStudentWithTheIdNumberMasked() throws Exception {
		List<List<String>> rows = export("principal", "students", "学生名册-");
		assertThat(rows.get(0)).containsExactly("学号", "姓名", "性别", "班级", "出生日期（或年份）", "身份证号（仅显示前四位）", "寄宿生");
		assertThat(rows).hasSize(demo.jdbc()
			.sql("select count(*) from people.student where school_id = :s and left_on is null and graduated_in is null")
			.param("s", demo.schoolOf("principal"))
			.query(Integer.class)
			.single() + 1);
		assertThat(rows.stream().skip(1).map(r -> r.get(5)).filter(id -> !id.isEmpty())).isNotEmpty()
			.allMatch(id -> id.contains("*"));
		assertThat(all(rows)).doesNotContainPattern("\\d{17}[\\dXx]").doesNotContain("gender.");
	}

	@Test
	void theStaffListExportsPostsCategoriesAndMaskedPhonesOnly() throws Exception {
		List<List<String>> rows = export("principal", "staff", "教职工名册-");
		assertThat(rows.get(0)).containsExactly("工号", "姓名", "性别", "岗位", "人员类别", "部门", "专职", "手机号（隐去中间位）");
		assertThat(rows.stream().skip(1).map(r -> r.get(4))).contains("教学人员", "非教学人员（不计入安保配备师生数）");
		assertThat(rows.stream().skip(1).map(r -> r.get(7)).filter(p -> !p.isEmpty())).isNotEmpty()
			.allMatch(p -> p.contains("*"));
		assertThat(all(rows)).doesNotContainPattern("1\\d{10}").doesNotContain("TEACHER", "GUARD");
	}

	@Test
	void aHeadTeacherExportsTheirOwnClassOnly() throws Exception {
		List<List<String>> rows = export("headteacher", "students", "学生名册-");
		assertThat(rows.stream().skip(1).map(r -> r.get(3)).distinct()).hasSize(1);
	}

	@Test
	void anotherSchoolsListsAreNotFoundAndATeacherMayNotExportThem() throws Exception {
		for (String what : List.of("students", "staff")) {
			mvc.perform(
					get("/schools/{id}/" + what + "/export", demo.schoolOf("principal")).with(demo.as("principal2")))
				.andExpect(status().isNotFound());
			mvc.perform(get("/schools/{id}/" + what + "/export", demo.schoolOf("teacher")).with(demo.as("teacher")))
				.andExpect(status().isForbidden());
		}
	}

}
