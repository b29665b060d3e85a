package cn.xiaoan.liaison;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import cn.xiaoan.shared.NotFound;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.Sheets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Police-school liaison against the demo's real PostgreSQL: what the police read of a
 * clue — page, list, export, API — holds no name of the school's students; a text naming
 * one is refused; the police of another county and a partner not shown the liaison data
 * do not reach a clue; a late acknowledgement stays flagged for the county; the county
 * sees the schools without a 法治副校长.
 */
@PlatformTest
class LiaisonIntegrationTests {

	static final String POLICE = "tx_police";

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	ClueManagement clues;

	@Autowired
	LiaisonManagement liaison;

	long school;

	List<String> studentNames;

	@BeforeEach
	void school() {
		school = demo.schoolOf("safety");
		studentNames = demo.jdbc()
			.sql("select name from people.student where school_id = :s and char_length(name) >= 2")
			.param("s", school)
			.query(String.class)
			.list();
		assertThat(studentNames).isNotEmpty();
	}

	private String json(String what) {
		return """
				{"category":"EXTORTION","happenedAt":"%s","place":"校门东侧小卖部","what":"%s",
				 "students":[{"grade":"初二","initials":"LW","part":"VICTIM"},{"grade":"初三","initials":"ZH","part":"SUSPECT"}],
				 "adults":"小卖部店主 韦某","relatedCase":"BL-TEST"}"""
			.formatted(LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(5).withNano(0), what);
	}

	private long forward(String what) throws Exception {
		String body = mvc
			.perform(post("/api/v1/liaison/clues").contentType(MediaType.APPLICATION_JSON)
				.content(json(what))
				.with(demo.as("safety"))
				.with(csrf()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return com.jayway.jsonpath.JsonPath.<Number>read(body, "$.id").longValue();
	}

	@Test
	void thePoliceAcknowledgeAForwardedClueAndNothingTheyReadNamesAStudent() throws Exception {
		String name = studentNames.get(0);
		mvc.perform(post("/api/v1/liaison/clues").contentType(MediaType.APPLICATION_JSON)
			.content(json("放学后" + name + "被高年级学生索要零花钱"))
			.with(demo.as("safety"))
			.with(csrf())).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.what").exists());
		long id = forward("放学后一名初二学生被高年级学生索要零花钱，已持续两周");

		mvc.perform(post("/api/v1/liaison/clues/{id}/acknowledge", id).with(demo.as(POLICE)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("ACKNOWLEDGED"))
			.andExpect(jsonPath("$.late").value(false));
		mvc.perform(post("/api/v1/liaison/clues/{id}/messages", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"已派民警放学时段巡逻\"}")
			.with(demo.as(POLICE))
			.with(csrf())).andExpect(status().isCreated());

		String api = mvc.perform(get("/api/v1/liaison/clues/{id}", id).with(demo.as(POLICE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(api).contains("LW").contains("已派民警放学时段巡逻");
		String page = mvc.perform(get("/liaison/clues/{id}", id).with(demo.as(POLICE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("校门东侧小卖部").contains("小卖部店主 韦某");
		String list = mvc.perform(get("/liaison/clues").with(demo.as(POLICE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String listApi = mvc.perform(get("/api/v1/liaison/clues").with(demo.as(POLICE)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		var export = mvc.perform(get("/liaison/clues/export").with(demo.as(POLICE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		String sheet = Sheets.exported(export, "涉校线索台账").toString();
		assertThat(sheet).contains("校门东侧小卖部").contains("初二 LW 受害学生");
		for (String read : List.of(api, page, list, listApi, sheet)) {
			assertThat(studentNames).noneMatch(read::contains);
		}
	}

	@Test
	void thePoliceOfAnotherCountyAndOtherTenantsDoNotFindTheClue() throws Exception {
		long id = forward("校外人员在校门口拉拢学生");
		demo.jdbc()
			.sql("""
					insert into people.account (username, password_hash, display_name, role, region_code, data_kinds)
					select 'cw_police_test', password_hash, '苍梧县公安局', 'POLICE_LIAISON', '450421', 'SCHOOL_BASIC,POLICE_LIAISON'
					from people.account where username = 'police' on conflict (username) do nothing""")
			.update();
		mvc.perform(get("/liaison/clues/{id}", id).with(demo.as("cw_police_test"))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/liaison/clues/{id}/acknowledge", id).with(demo.as("cw_police_test")).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(demo.callAs("cw_police_test", () -> clues.list(null, null, false))).noneMatch(c -> c.id() == id);
		assertThatThrownBy(() -> demo.callAs("principal2", () -> clues.detail(id))).isInstanceOf(NotFound.class);
		mvc.perform(get("/api/v1/liaison/clues/{id}", id).with(demo.as("cw_admin"))).andExpect(status().isNotFound());
	}

	@Test
	void aPartnerNotShownTheLiaisonDataAndATeacherAreRefused() throws Exception {
		long id = forward("有学生反映被校外人员威胁");
		// the demo police account was created with the default kinds, not POLICE_LIAISON
		mvc.perform(get("/api/v1/liaison/clues/{id}", id).with(demo.as("police"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/liaison/clues/{id}/acknowledge", id).with(demo.as("police")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/liaison/clues").with(demo.as("teacher"))).andExpect(status().isForbidden());
		// the school's side cannot take the police's part
		mvc.perform(post("/api/v1/liaison/clues/{id}/acknowledge", id).with(demo.as("principal")).with(csrf()))
			.andExpect(status().isForbidden());
		// and the police forward nothing
		mvc.perform(post("/api/v1/liaison/clues").contentType(MediaType.APPLICATION_JSON)
			.content(json("x"))
			.with(demo.as(POLICE))
			.with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void anAcknowledgementPastTheDueTimeStaysFlaggedLateForTheCounty() throws Exception {
		long id = forward("疑似有人在校园周边兜售电子烟");
		// the clue was forwarded 30 hours ago: past the national 24 hours
		demo.jdbc().sql("""
				update liaison.clue set forwarded_at = forwarded_at - interval '30 hours',
				  acknowledge_due = acknowledge_due - interval '30 hours' where id = :id""").param("id", id).update();
		assertThat(demo.callAs("tx_safety", () -> clues.list(null, null, true))).anyMatch(c -> c.id() == id);
		mvc.perform(post("/api/v1/liaison/clues/{id}/acknowledge", id).with(demo.as(POLICE)).with(csrf()))
			.andExpect(jsonPath("$.late").value(true));
		assertThat(demo.callAs("tx_safety", () -> clues.list(null, null, true))).anyMatch(c -> c.id() == id);
		String figures = mvc.perform(get("/liaison").with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(figures).contains("href=\"/liaison/clues?late=true\"");
		assertThat(demo.callAs("tx_safety", () -> liaison.overview()).late()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void theFormSendsAClueNamingAStudentBackWithAChineseMessage() throws Exception {
		var flash = mvc
			.perform(post("/liaison/clues").param("category", "GANG")
				.param("happenedAt", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(1).withNano(0).toString())
				.param("place", "操场")
				.param("what", studentNames.get(1) + "被校外人员拉拢入伙")
				.param("grade-1", "初一")
				.param("initials-1", "WX")
				.param("part-1", "VICTIM")
				.with(demo.as("safety"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap();
		@SuppressWarnings("unchecked")
		var errors = (java.util.Map<String, String>) flash.get("fieldErrors");
		@SuppressWarnings("unchecked")
		var typed = (java.util.Map<String, String>) flash.get("formValues");
		assertThat(errors.get("what")).contains("学生的姓名");
		assertThat(typed).containsEntry("initials-1", "WX");
	}

	@Test
	void aStudentIsGivenOnlyByGradeInitialsAndPart() throws Exception {
		mvc.perform(post("/api/v1/liaison/clues").contentType(MediaType.APPLICATION_JSON)
			.content(json("x").replace("\"initials\":\"LW\"", "\"initials\":\"李伟\""))
			.with(demo.as("safety"))
			.with(csrf())).andExpect(status().isBadRequest());
	}

	@Test
	void theCountySeesTheSchoolsWithoutACurrentDeputyPrincipalForLaw() throws Exception {
		List<SchoolDeputy> register = demo.callAs("tx_safety", () -> liaison.register());
		long without = register.stream().filter(r -> !r.hasCurrent()).count();
		assertThat(without).isPositive();
		assertThat(demo.callAs("tx_safety", () -> liaison.overview()).schoolsWithout()).isEqualTo((int) without);
		SchoolDeputy missing = register.stream().filter(r -> !r.hasCurrent()).findFirst().orElseThrow();
		String page = mvc.perform(get("/liaison/deputies").param("show", "without").with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(missing.schoolName());
		DeputyView appointed = demo.callAs("tx_safety", () -> liaison.appoint(new AppointDeputy(missing.schoolId(),
				"测试警官", "藤县公安局测试派出所", "0774-1234567", LocalDate.now().minusDays(1), LocalDate.now().plusYears(1))));
		assertThat(demo.callAs("tx_safety", () -> liaison.overview()).schoolsWithout()).isEqualTo((int) without - 1);
		mvc.perform(get("/liaison/deputies/{id}", appointed.id()).with(demo.as("principal2")))
			.andExpect(status().isNotFound());
		var export = mvc.perform(get("/liaison/deputies/export").with(demo.as("tx_safety"))).andReturn().getResponse();
		assertThat(Sheets.exported(export, "法治副校长名册").toString()).contains("测试警官");
	}

}
