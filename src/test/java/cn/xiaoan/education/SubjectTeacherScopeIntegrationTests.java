package cn.xiaoan.education;

import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A subject teacher (role TEACHER) sees, exports and reminds the homework of the classes
 * they teach (任教班级) and nothing else of the school; the principal keeps those classes.
 */
@PlatformTest
class SubjectTeacherScopeIntegrationTests extends HomeworkTestSupport {

	private List<Long> taughtByTeacher() {
		return demo.jdbc().sql("""
				select t.class_id from people.teaching_class t join people.account a on a.person_id = t.staff_id
				where a.username = 'teacher' order by t.class_id""").query(Long.class).list();
	}

	private long untaughtClass() {
		return demo.jdbc()
			.sql("select id from org.school_class where school_id = :s and id <> all(:t) order by id limit 1")
			.param("s", demo.schoolOf("principal"))
			.param("t", taughtByTeacher().toArray(Long[]::new))
			.query(Long.class)
			.single();
	}

	private Homework assign(Campaign campaign, List<Long> classes, String title) {
		long school = demo.schoolOf("principal");
		return demo.callAs("principal", () -> education.assign(
				new AssignHomework(school, campaign.id(), null, title, classes, LocalDate.now().plusDays(7), false)));
	}

	private int code(MvcResult result) {
		return result.getResponse().getStatus();
	}

	@Test
	void aSubjectTeacherSeesOnlyTheClassesTheyTeach() throws Exception {
		long own = taughtByTeacher().get(0);
		long other = untaughtClass();
		Campaign campaign = countyCampaign("任课教师范围", false);
		Homework both = assign(campaign, List.of(own, other), "");
		String foreignTitle = "他班作业-" + System.nanoTime();
		Homework otherOnly = assign(countyCampaign("任课教师范围2", false), List.of(other), foreignTitle);

		String json = mvc.perform(get("/api/v1/homework/" + both.id()).with(demo.as("teacher")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains("\"classId\":" + own).doesNotContain("\"classId\":" + other);
		mvc.perform(get("/api/v1/homework/" + both.id() + "/classes/" + own).with(demo.as("teacher")))
			.andExpect(status().isOk());
		for (String page : List.of("/api/v1/homework/" + both.id() + "/classes/" + other,
				"/homework/" + both.id() + "/classes/" + other, "/api/v1/homework/" + otherOnly.id(),
				"/homework/" + otherOnly.id())) {
			MvcResult result = mvc.perform(get(page).with(demo.as("teacher"))).andReturn();
			assertThat(code(result)).as(page).isIn(403, 404);
			assertThat(result.getResponse().getContentAsString()).as(page).doesNotContain(foreignTitle);
		}
		assertThat(mvc.perform(get("/homework").with(demo.as("teacher")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(foreignTitle);
	}

	@Test
	void aSubjectTeacherExportsAndRemindsOnlyTheirOwnClasses() throws Exception {
		long own = taughtByTeacher().get(0);
		long other = untaughtClass();
		long school = demo.schoolOf("principal");
		Campaign campaign = countyCampaign("任课教师导出", false);
		Homework both = assign(campaign, List.of(own, other), "");
		for (String page : List.of("/campaigns/" + campaign.id() + "/export?unit=S:" + school,
				"/campaigns/" + campaign.id() + "/noncompleters?unit=S:" + school,
				"/campaigns/" + campaign.id() + "/noncompleters?unit=C:" + other,
				"/api/v1/campaigns/" + campaign.id() + "/rates?unit=S:" + school,
				"/api/v1/campaigns/" + campaign.id() + "/rates?unit=C:" + other)) {
			assertThat(code(mvc.perform(get(page).with(demo.as("teacher"))).andReturn())).as(page).isIn(403, 404);
		}
		mvc.perform(get("/campaigns/" + campaign.id() + "/noncompleters?unit=C:" + own).with(demo.as("teacher")))
			.andExpect(status().isOk());
		assertThat(code(mvc
			.perform(post("/api/v1/homework/" + both.id() + "/classes/" + other + "/reminders").with(demo.as("teacher"))
				.with(csrf()))
			.andReturn())).isIn(403, 404);
		assertThat(code(mvc
			.perform(post("/campaigns/" + campaign.id() + "/remind").param("unit", "S:" + school)
				.with(demo.as("teacher"))
				.with(csrf()))
			.andReturn())).isIn(403, 404);
		assertThat(code(mvc
			.perform(post("/api/v1/homework").contentType(MediaType.APPLICATION_JSON)
				.content("{\"lessonCode\":\"FIRE\",\"classIds\":[" + other + "],\"dueOn\":\""
						+ LocalDate.now().plusDays(3) + "\"}")
				.with(demo.as("teacher"))
				.with(csrf()))
			.andReturn())).isEqualTo(403);
		assertThat(demo.jdbc()
			.sql("select count(*) from education.assignment where homework_id = :h and class_id = :c and reminded_at is not null")
			.param("h", both.id())
			.param("c", other)
			.query(Integer.class)
			.single()).isZero();
		mvc.perform(post("/api/v1/homework/" + both.id() + "/classes/" + own + "/reminders").with(demo.as("teacher"))
			.with(csrf())).andExpect(status().isOk());
	}

	@Test
	void thePrincipalKeepsTheClassesATeacherTeaches() throws Exception {
		long staff = demo.jdbc()
			.sql("select person_id from people.account where username = 'teacher'")
			.query(Long.class)
			.single();
		List<Long> before = taughtByTeacher();
		long other = untaughtClass();
		long foreignClass = demo.jdbc()
			.sql("select id from org.school_class where school_id = :s order by id limit 1")
			.param("s", demo.schoolOf("principal2"))
			.query(Long.class)
			.single();
		String body = "{\"classIds\":[" + before.get(0) + "," + other + "]}";
		mvc.perform(put("/api/v1/staff/" + staff + "/teaching-classes").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(demo.as("teacher"))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/staff/" + staff + "/teaching-classes").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(demo.as("principal2"))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/staff/" + staff + "/teaching-classes").contentType(MediaType.APPLICATION_JSON)
			.content("{\"classIds\":[" + foreignClass + "]}")
			.with(demo.as("principal"))
			.with(csrf())).andExpect(status().isBadRequest());
		try {
			mvc.perform(put("/api/v1/staff/" + staff + "/teaching-classes").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(demo.as("principal"))
				.with(csrf())).andExpect(status().isOk());
			assertThat(taughtByTeacher()).contains(other);
			mvc.perform(get("/staff/" + staff + "/classes").with(demo.as("principal"))).andExpect(status().isOk());
			mvc.perform(post("/staff/" + staff + "/classes").param("classIds", String.valueOf(before.get(0)))
				.with(demo.as("principal"))
				.with(csrf())).andExpect(status().is3xxRedirection());
			assertThat(taughtByTeacher()).containsExactly(before.get(0));
		}
		finally {
			demo.runAs("principal", () -> teaching.assign(staff, before));
		}
	}

	@Test
	void aTeacherWhoTeachesNoClassYetSeesTheLandingPageAndNoClass() throws Exception {
		long staff = demo.jdbc()
			.sql("select person_id from people.account where username = 'teacher'")
			.query(Long.class)
			.single();
		List<Long> before = taughtByTeacher();
		Campaign campaign = countyCampaign("无任教班级", false);
		Homework hw = assign(campaign, List.of(before.get(0)), "");
		try {
			demo.runAs("principal", () -> teaching.assign(staff, List.of()));
			mvc.perform(get("/").with(demo.as("teacher"))).andExpect(status().isOk());
			assertThat(code(mvc.perform(get("/api/v1/homework/" + hw.id()).with(demo.as("teacher"))).andReturn()))
				.isIn(403, 404);
		}
		finally {
			demo.runAs("principal", () -> teaching.assign(staff, before));
		}
	}

	@org.springframework.beans.factory.annotation.Autowired
	cn.xiaoan.people.TeachingClasses teaching;

}
