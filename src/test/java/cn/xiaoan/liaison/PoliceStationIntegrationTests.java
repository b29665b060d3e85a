package cn.xiaoan.liaison;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.TodoSource;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.Sheets;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Clues routed to one police station (ADR 0057), on 苍梧县 of the demo — its stations are
 * this test's alone: a clue goes to the station covering the school, a school named one
 * by one wins over its township, another station's police get 404, the county's police
 * attached to no station see every clue of the county, the county moves a clue to another
 * station; the register is the county bureau's — not a school's, not another county's —
 * and its import saves nothing when a row is wrong.
 */
@PlatformTest
class PoliceStationIntegrationTests {

	static final String COUNTY = "450421";

	static final String SHIQIAO = "450421100";

	static final String SHATOU = "450421101";

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	LiaisonTodos todos;

	long shiqiaoSchool;

	long countySeatSchool;

	@BeforeEach
	void county() {
		demo.jdbc().sql("delete from liaison.police_station where county_code = :c").param("c", COUNTY).update();
		for (String user : List.of("cw_sq_police", "cw_st_police", "cw_county_police")) {
			demo.jdbc()
				.sql("""
						insert into people.account (username, password_hash, display_name, role, region_code, data_kinds)
						select :u, password_hash, :u, 'POLICE_LIAISON', :c, 'SCHOOL_BASIC,POLICE_LIAISON'
						from people.account where username = 'police' on conflict (username) do nothing""")
				.param("u", user)
				.param("c", COUNTY)
				.update();
		}
		shiqiaoSchool = demo.schoolsIn(SHIQIAO).get(0);
		countySeatSchool = demo.jdbc()
			.sql("select id from org.school where region_code = :c order by id limit 1")
			.param("c", COUNTY)
			.query(Long.class)
			.single();
	}

	private long account(String username) {
		return demo.jdbc()
			.sql("select id from people.account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	private long station(String name, List<String> townships, List<Long> schools, String officer) throws Exception {
		String body = mvc
			.perform(post("/api/v1/liaison/stations").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"%s\",\"townships\":%s,\"schools\":%s,\"officers\":[%s]}".formatted(name,
						townships.stream().map(t -> "\"" + t + "\"").toList(), schools,
						officer == null ? "" : account(officer)))
				.with(demo.as("cw_safety"))
				.with(csrf()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.<Number>read(body, "$.id").longValue();
	}

	private long forward(long school, String what) throws Exception {
		String body = mvc
			.perform(post("/api/v1/liaison/clues").contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"schoolId":%d,"category":"GANG","happenedAt":"%s","place":"镇上网吧","what":"%s",
						 "students":[{"grade":"初二","initials":"LW","part":"VICTIM"}]}""".formatted(school,
						LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(2).withNano(0), what))
				.with(demo.as("cw_safety"))
				.with(csrf()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.<Number>read(body, "$.id").longValue();
	}

	/** The links of the account's 待办. */
	private List<String> todos(String user) {
		return demo.callAs(user, () -> todos.todosFor(Callers.current(), Locale.CHINA, 100))
			.stream()
			.map(TodoSource.Todo::href)
			.toList();
	}

	private String read(String user, String path) throws Exception {
		return mvc.perform(get(path).with(demo.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aClueGoesToTheStationCoveringTheSchool() throws Exception {
		station("石桥派出所", List.of(SHIQIAO), List.of(), "cw_sq_police");
		mvc.perform(get("/liaison/clues/new").with(demo.as("cw_safety"))).andExpect(status().isOk());
		long id = forward(shiqiaoSchool, "有校外人员在网吧拉拢学生");
		mvc.perform(get("/api/v1/liaison/clues/{id}", id).with(demo.as("cw_sq_police")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.clue.stationName").value("石桥派出所"))
			.andExpect(jsonPath("$.timeline[0].text").value("石桥派出所"));
		assertThat(read("cw_sq_police", "/liaison/clues")).contains("clue-" + id);
		assertThat(todos("cw_sq_police")).contains("/liaison/clues/" + id);
		mvc.perform(post("/api/v1/liaison/clues/{id}/acknowledge", id).with(demo.as("cw_sq_police")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACKNOWLEDGED"));
	}

	@Test
	void anotherStationsPoliceGet404() throws Exception {
		station("石桥派出所", List.of(SHIQIAO), List.of(), "cw_sq_police");
		station("沙头派出所", List.of(SHATOU), List.of(), "cw_st_police");
		long id = forward(shiqiaoSchool, "放学路上有人索要财物");
		mvc.perform(get("/liaison/clues/{id}", id).with(demo.as("cw_st_police"))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/liaison/clues/{id}/acknowledge", id).with(demo.as("cw_st_police")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/liaison/clues/{id}/close", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"outcome\":\"HANDLED\",\"note\":\"x\"}")
			.with(demo.as("cw_st_police"))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(read("cw_st_police", "/api/v1/liaison/clues")).doesNotContain("放学路上有人索要财物");
		var export = mvc.perform(get("/liaison/clues/export").with(demo.as("cw_st_police"))).andReturn().getResponse();
		assertThat(Sheets.exported(export, "涉校线索台账").toString()).doesNotContain("放学路上有人索要财物");
		assertThat(todos("cw_st_police")).doesNotContain("/liaison/clues/" + id);
	}

	@Test
	void policeWithoutStationSeeTheirCountysClues() throws Exception {
		station("石桥派出所", List.of(SHIQIAO), List.of(), "cw_sq_police");
		long routed = forward(shiqiaoSchool, "镇上有人兜售电子烟");
		long unrouted = forward(countySeatSchool, "县城学校门口有人滋事");
		String list = read("cw_county_police", "/api/v1/liaison/clues");
		assertThat(list).contains("镇上有人兜售电子烟").contains("县城学校门口有人滋事");
		mvc.perform(get("/api/v1/liaison/clues/{id}", unrouted).with(demo.as("cw_county_police")))
			.andExpect(jsonPath("$.clue.stationName").doesNotExist());
		// the county sees the clue no station took flagged, and its police are asked to
		// acknowledge it, not the station's
		assertThat(read("cw_safety", "/liaison/clues")).contains("未指定派出所");
		assertThat(todos("cw_county_police")).contains("/liaison/clues/" + unrouted)
			.doesNotContain("/liaison/clues/" + routed);
		assertThat(todos("cw_sq_police")).contains("/liaison/clues/" + routed)
			.doesNotContain("/liaison/clues/" + unrouted);
		mvc.perform(
				post("/api/v1/liaison/clues/{id}/acknowledge", routed).with(demo.as("cw_county_police")).with(csrf()))
			.andExpect(status().isOk());
	}

	@Test
	void aSchoolCoveredExplicitlyWinsOverItsTownship() throws Exception {
		station("石桥派出所", List.of(SHIQIAO), List.of(), "cw_sq_police");
		station("沙头派出所", List.of(SHATOU), List.of(shiqiaoSchool), "cw_st_police");
		long id = forward(shiqiaoSchool, "校门口有人强拉学生入伙");
		mvc.perform(get("/api/v1/liaison/clues/{id}", id).with(demo.as("cw_st_police")))
			.andExpect(jsonPath("$.clue.stationName").value("沙头派出所"));
		mvc.perform(get("/api/v1/liaison/clues/{id}", id).with(demo.as("cw_sq_police")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theCountyMovesAClueToAnotherStationOnItsTimeline() throws Exception {
		station("石桥派出所", List.of(SHIQIAO), List.of(), "cw_sq_police");
		long shatou = station("沙头派出所", List.of(SHATOU), List.of(), "cw_st_police");
		long id = forward(shiqiaoSchool, "沙头镇有人向学生放贷");
		String move = "{\"stationId\":" + shatou + "}";
		// a station's police do not move clues; the county bureau does
		mvc.perform(post("/api/v1/liaison/clues/{id}/transfer", id).contentType(MediaType.APPLICATION_JSON)
			.content(move)
			.with(demo.as("cw_sq_police"))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/liaison/clues/{id}/transfer", id).contentType(MediaType.APPLICATION_JSON)
			.content(move)
			.with(demo.as("cw_safety"))
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.stationName").value("沙头派出所"));
		mvc.perform(get("/api/v1/liaison/clues/{id}", id).with(demo.as("cw_sq_police")))
			.andExpect(status().isNotFound());
		assertThat(read("cw_st_police", "/liaison/clues/" + id)).contains("移送派出所").contains("石桥派出所 → 沙头派出所");
	}

	@Test
	void theRegisterIsTheCountyBureausNotASchoolsOrAnotherCountys() throws Exception {
		long shiqiao = station("石桥派出所", List.of(SHIQIAO), List.of(), "cw_sq_police");
		for (String school : List.of("principal", "safety", "teacher")) {
			mvc.perform(get("/liaison/stations").with(demo.as(school))).andExpect(status().isForbidden());
		}
		mvc.perform(post("/api/v1/liaison/stations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"校内派出所\"}")
			.with(demo.as("principal"))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/liaison/stations/{id}", shiqiao).with(demo.as("tx_safety")))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/liaison/stations/{id}", shiqiao).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"改名派出所\"}")
			.with(demo.as("tx_safety"))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(read("tx_safety", "/liaison/stations")).doesNotContain("石桥派出所");
		// nor does a station of one county cover a township of another
		mvc.perform(post("/api/v1/liaison/stations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"越界派出所\",\"townships\":[\"450422100\"]}")
			.with(demo.as("cw_safety"))
			.with(csrf())).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.townships").exists());
		// and a school no station covers is flagged for the county
		String page = read("cw_safety", "/liaison/stations");
		String seat = demo.jdbc()
			.sql("select name from org.school where id = :s")
			.param("s", countySeatSchool)
			.query(String.class)
			.single();
		assertThat(page).contains("未指定派出所").contains("uncovered-" + countySeatSchool).contains(seat);
		var export = mvc.perform(get("/liaison/stations/export").with(demo.as("cw_safety"))).andReturn().getResponse();
		assertThat(Sheets.exported(export, "派出所辖区名册").toString()).contains("石桥派出所")
			.contains("石桥镇")
			.contains("cw_sq_police");
	}

	@Test
	void anImportWithABadRowNamesRowAndColumnAndSavesNothing() throws Exception {
		List<String> headers = List.of("派出所名称", "地址", "联系电话", "辖区乡镇", "单独划入的学校", "民警账号");
		byte[] bad = Sheets.xlsx(headers, List.of(List.of("石桥派出所", "石桥镇1号", "0774-1", "石桥镇", "", "cw_sq_police"),
				List.of("沙头派出所", "沙头镇2号", "0774-2", "沙头镇、不存在镇", "", "cw_st_police")));
		String page = mvc
			.perform(multipart("/liaison/stations/import").file(new MockMultipartFile("file", "s.xlsx", null, bad))
				.with(demo.as("cw_safety"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("import-problems").contains(">3<").contains("D 辖区乡镇").contains("不存在镇");
		assertThat(demo.jdbc()
			.sql("select count(*) from liaison.police_station where county_code = :c")
			.param("c", COUNTY)
			.query(Integer.class)
			.single()).isZero();
		byte[] good = Sheets.xlsx(headers, List.of(List.of("石桥派出所", "石桥镇1号", "0774-1", SHIQIAO, "", "cw_sq_police"),
				List.of("沙头派出所", "沙头镇2号", "0774-2", "沙头镇", "", "cw_st_police")));
		mvc.perform(multipart("/liaison/stations/import").file(new MockMultipartFile("file", "s.xlsx", null, good))
			.with(demo.as("cw_safety"))
			.with(csrf())).andExpect(status().isOk());
		long id = forward(shiqiaoSchool, "导入后移送的线索");
		mvc.perform(get("/api/v1/liaison/clues/{id}", id).with(demo.as("cw_sq_police")))
			.andExpect(jsonPath("$.clue.stationName").value("石桥派出所"));
	}

}
