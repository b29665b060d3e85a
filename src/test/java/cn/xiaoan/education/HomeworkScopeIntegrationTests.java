package cn.xiaoan.education;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Homework and rates stay within the caller's scope on every endpoint, bad input gets
 * field errors, and exports are real workbooks.
 */
@PlatformTest
class HomeworkScopeIntegrationTests extends HomeworkTestSupport {

	@Test
	void aStudentCannotAnswerAnotherClassesHomeworkNorAParentAnotherFamilysChild() {
		Map<Long, Set<Integer>> right = key("DROWNING", true);
		Campaign campaign = countyCampaign("越权测试", true);
		long school = demo.schoolOf("principal");
		long otherClass = demo.jdbc()
			.sql("select id from org.school_class where school_id = :s and id <> :c order by id limit 1")
			.param("s", school)
			.param("c", studentClass())
			.query(Long.class)
			.single();
		Homework other = demo.callAs("principal", () -> education.assign(new AssignHomework(school, campaign.id(), null,
				"", List.of(otherClass), LocalDate.now().plusDays(3), true)));
		assertThatThrownBy(
				() -> demo.callAs("student", () -> education.submitHomework(other.id(), UUID.randomUUID(), right)))
			.isInstanceOf(AccessDenied.class);
		long stranger = demo.jdbc()
			.sql("select student_id from education.assignment where homework_id = :h limit 1")
			.param("h", other.id())
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> demo.callAs("parent", () -> education.confirmParentPart(other.id(), stranger)))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> demo.callAs("parent", () -> education.myHomework(other.id(), stranger)))
			.isInstanceOf(AccessDenied.class);
		// The head teacher sees their own class only; another school and another county
		// see
		// nothing.
		assertThatThrownBy(() -> demo.callAs("headteacher", () -> education.homework(other.id())))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> demo.callAs("principal2", () -> education.homework(other.id())))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> demo.callAs("principal2", () -> education.assign(
				new AssignHomework(school, null, "FIRE", "", List.of(otherClass), LocalDate.now().plusDays(3), false))))
			.isInstanceOf(AccessDenied.class);
		long school2 = demo.schoolOf("principal2");
		assertThatThrownBy(() -> demo.callAs("principal2", () -> education.assign(new AssignHomework(school2, null,
				"FIRE", "", List.of(otherClass), LocalDate.now().plusDays(3), false))))
			.isInstanceOf(AccessDenied.class);
		// another county's or city's campaign is not found, as if it did not exist
		assertThatThrownBy(() -> demo.callAs("cx_admin", () -> education.rates(campaign.id(), "S:" + school)))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.callAs("qj_admin", () -> education.rates(campaign.id(), "R:450422")))
			.isInstanceOf(NotFound.class);
	}

	@Test
	void everyHomeworkAndRatesEndpointRefusesTheOtherTenant() throws Exception {
		Campaign campaign = countyCampaign("跨租户接口测试", true);
		Homework hw = assignToStudentsClass(campaign);
		long school = demo.schoolOf("principal");
		long child = demo.studentOf("parent");
		String classUnit = "C:" + studentClass();
		String[] pages = { "/homework/" + hw.id(), "/homework/" + hw.id() + "/classes/" + studentClass(),
				"/api/v1/homework/" + hw.id(), "/api/v1/homework/" + hw.id() + "/classes/" + studentClass(),
				"/campaigns/" + campaign.id() + "?unit=S:" + school,
				"/campaigns/" + campaign.id() + "?unit=" + classUnit,
				"/api/v1/campaigns/" + campaign.id() + "/rates?unit=S:" + school,
				"/api/v1/campaigns/" + campaign.id() + "/trend?unit=" + classUnit,
				"/campaigns/" + campaign.id() + "/export?unit=S:" + school };
		for (String user : List.of("principal2", "sz_admin", "qj_safety")) {
			for (String page : pages) {
				int status = mvc.perform(get(page).with(demo.as(user))).andReturn().getResponse().getStatus();
				assertThat(status).as(user + " " + page).isIn(403, 404);
			}
			int remind = mvc
				.perform(post("/homework/" + hw.id() + "/classes/" + studentClass() + "/remind").with(demo.as(user))
					.with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(remind).as(user + " remind").isIn(403, 404);
		}
		// Another family: a parent of a different student of the same school.
		String otherParent = demo.jdbc()
			.sql("""
					select a.username from people.account a join people.student_guardian g on g.guardian_id = a.person_id
					join people.student s on s.id = g.student_id
					where a.role = 'PARENT' and s.school_id = :s and s.id <> :child limit 1""")
			.param("s", school)
			.param("child", child)
			.query(String.class)
			.single();
		mvc.perform(post("/api/v1/my/homework/" + hw.id() + "/students/" + child + "/parent-confirmation")
			.with(demo.as(otherParent))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/my/homework/" + hw.id() + "/students/" + child).with(demo.as(otherParent)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/campaigns/" + campaign.id() + "/rates").param("unit", "R:450422")
			.with(demo.as("tx_safety"))).andExpect(status().isOk()).andExpect(jsonPath("$.self.assigned").exists());
	}

	@Test
	void theCitysRatesAndASchoolsNonCompletersExportAsRealWorkbooks() throws Exception {
		long winter = demo.jdbc()
			.sql("select id from education.campaign where title like '%冬季消防安全专题教育'")
			.query(Long.class)
			.single();
		Rates.View city = demo.callAs("wz_admin", () -> education.rates(winter, "R:450400"));
		byte[] xlsx = mvc
			.perform(get("/campaigns/" + winter + "/export").param("unit", "R:450400").with(demo.as("wz_admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx));
				var rows = workbook.getFirstSheet().openStream()) {
			List<org.dhatim.fastexcel.reader.Row> all = rows.toList();
			assertThat(all.get(0).getCellText(0)).isEqualTo("单位");
			assertThat(all.get(1).getCellText(0)).isEqualTo("梧州市");
			assertThat(all).hasSize(city.children().size() + 2);
		}
		long school = demo.schoolOf("principal");
		int open = demo.callAs("principal", () -> education.nonCompleters(winter, "S:" + school)).size();
		assertThat(open).isPositive();
		xlsx = mvc
			.perform(get("/campaigns/" + winter + "/noncompleters").param("unit", "S:" + school)
				.with(demo.as("principal")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx));
				var rows = workbook.getFirstSheet().openStream()) {
			assertThat(rows.toList()).hasSize(open + 1);
		}
		mvc.perform(
				get("/campaigns/" + winter + "/noncompleters").param("unit", "S:" + school).with(demo.as("principal2")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCampaignOutsideTheCallersReachAnswersLikeOneThatDoesNotExist() throws Exception {
		long winter = demo.jdbc()
			.sql("select id from education.campaign where title like '%冬季消防安全专题教育'")
			.query(Long.class)
			.single();
		long missing = demo.jdbc().sql("select max(id) + 1000 from education.campaign").query(Long.class).single();
		for (String route : List.of("/api/v1/campaigns/%d/rates?unit=R:530300", "/campaigns/%d")) {
			var foreign = mvc.perform(get(route.formatted(winter)).with(demo.as("qj_safety")))
				.andReturn()
				.getResponse();
			var absent = mvc.perform(get(route.formatted(missing)).with(demo.as("qj_safety")))
				.andReturn()
				.getResponse();
			assertThat(foreign.getStatus()).as(route).isEqualTo(absent.getStatus()).isEqualTo(404);
			assertThat(foreign.getContentAsString()).doesNotContain("冬季消防安全专题教育");
		}
	}

	@Test
	void aBureauIssuesOnlyToItsOwnRegionAndBadInputGetsFieldErrors() throws Exception {
		assertThatThrownBy(() -> demo.callAs("tx_admin", () -> education.issue(new IssueCampaign("越级", "", "DROWNING",
				LocalDate.now(), LocalDate.now().plusDays(3), false, "450400"))))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> demo.callAs("principal", () -> education.issue(
				new IssueCampaign("学校不能发", "", "DROWNING", LocalDate.now(), LocalDate.now().plusDays(3), false, null))))
			.isInstanceOf(AccessDenied.class);
		mvc.perform(post("/api/v1/campaigns").with(demo.as("tx_admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"\",\"lessonCode\":\"NOPE\",\"startsOn\":\"2026-12-10\",\"endsOn\":\"2026-12-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.title").exists())
			.andExpect(jsonPath("$.errors.endsOn").exists());
		mvc.perform(post("/api/v1/campaigns").with(demo.as("tx_admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"x\",\"startsOn\":\"not a date\"}")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/my/homework").with(demo.as("student"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/campaigns/999999/rates").param("unit", "R:450422").with(demo.as("tx_admin")))
			.andExpect(status().isNotFound());
	}

}
