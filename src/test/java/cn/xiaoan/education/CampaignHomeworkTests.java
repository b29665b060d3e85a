package cn.xiaoan.education;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.support.Concurrently;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A county campaign becomes homework of a class; the student, the parent and the rates of
 * every level follow it, and nobody reaches another family's or another class's homework.
 */
@PlatformTest
class CampaignHomeworkTests {

	@Autowired
	CampaignManagement campaigns;

	@Autowired
	HomeworkManagement homework;

	@Autowired
	StudentHomework mine;

	@Autowired
	EducationManagement education;

	@Autowired
	EducationRates rates;

	@Autowired
	RateRollup rollup;

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	long studentClass() {
		return demo.jdbc()
			.sql("select s.class_id from people.student s join people.account a on a.person_id = s.id "
					+ "where a.username = 'student'")
			.query(Long.class)
			.single();
	}

	Campaign countyCampaign(String title, boolean parent) {
		return demo.callAs("tx_safety", () -> campaigns.issue(new IssueCampaign(title, "暑期防溺水", "DROWNING",
				LocalDate.now().minusDays(1), LocalDate.now().plusDays(20), parent, null)));
	}

	Homework assignToStudentsClass(Campaign campaign) {
		long school = demo.schoolOf("principal");
		return demo.callAs("principal", () -> homework.assign(new AssignHomework(school, campaign.id(), null, "",
				List.of(studentClass()), LocalDate.now().plusDays(7), false)));
	}

	Map<Long, Set<Integer>> key(String code, boolean right) {
		long lesson = demo.callAs("student", () -> education.lesson(code).id());
		Map<Long, Set<Integer>> answers = new HashMap<>();
		education.questions(lesson)
			.forEach(q -> answers.put(q.id(),
					right ? new HashSet<>(q.answer()) : Set.of(q.answer().contains(0) ? 1 : 0)));
		return answers;
	}

	/**
	 * Waits (at most 5 s, the issue's bound) until the roll-up has folded the campaign's
	 * deltas; the scheduled job may be holding the lock, so folding here may do nothing.
	 */
	void settle(long campaign) {
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (demo.jdbc()
			.sql("select exists (select 1 from education.rate_delta where campaign_id = :c)")
			.param("c", campaign)
			.query(Boolean.class)
			.single()) {
			assertThat(System.nanoTime()).as("figures visible within 5 s").isLessThan(deadline);
			rollup.fold();
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	Rates ratesOf(long campaign, String unit) {
		return demo.callAs("gx_admin", () -> rates.view(campaign, unit)).self();
	}

	@Test
	void aCampaignDoneByStudentAndParentMovesEveryLevelFromClassToProvince() {
		Map<Long, Set<Integer>> right = key("DROWNING", true);
		Campaign campaign = countyCampaign("藤县暑期防溺水专题", true);
		Homework hw = assignToStudentsClass(campaign);
		int classSize = hw.assigned();
		assertThat(classSize).isPositive();
		settle(campaign.id());
		long school = demo.schoolOf("principal");
		String county = "R:450422";
		for (String unit : List.of("C:" + studentClass(), "S:" + school, county, "R:450400", "R:450000")) {
			assertThat(ratesOf(campaign.id(), unit)).as(unit).satisfies(r -> {
				assertThat(r.assigned()).isEqualTo(classSize);
				assertThat(r.completed()).isZero();
			});
		}
		MyHomework todo = demo.callAs("student", () -> mine.mine())
			.stream()
			.filter(h -> h.homeworkId() == hw.id())
			.findFirst()
			.orElseThrow();
		assertThat(todo.completed()).isFalse();
		demo.callAs("student", () -> mine.studied(hw.id()));
		QuizResult result = demo.callAs("student",
				() -> education.submit("DROWNING", UUID.randomUUID(), right, hw.id()));
		assertThat(result.passed()).isTrue();
		assertThat(demo.callAs("student", () -> mine.one(hw.id(), todo.studentId())).completed())
			.as("the parent part is still open")
			.isFalse();
		long child = demo.studentOf("parent");
		assertThat(child).isEqualTo(todo.studentId());
		MyHomework confirmed = demo.callAs("parent", () -> mine.confirmParentPart(hw.id(), child));
		assertThat(confirmed.completed()).isTrue();
		settle(campaign.id());
		for (String unit : List.of("C:" + studentClass(), "S:" + school, county, "R:450400", "R:450000")) {
			Rates r = ratesOf(campaign.id(), unit);
			assertThat(r.completed()).as(unit).isEqualTo(1);
			assertThat(r.took()).isEqualTo(1);
			assertThat(r.passed()).isEqualTo(1);
			assertThat(r.parentDone()).isEqualTo(1);
			assertThat(r.participated()).isEqualTo(1);
			assertThat(r.completion()).isEqualTo(Rates.ratio(1, classSize));
		}
		assertThat(demo.callAs("tx_safety", () -> rates.view(campaign.id(), county)).children()).extracting(Rates::unit)
			.contains("S:" + school);
		assertThat(demo.callAs("tx_safety", () -> rates.trend(campaign.id(), county))).last()
			.satisfies(p -> assertThat(p.rates().completed()).isEqualTo(1));
		// A rebuild from the assignments arrives at the same figures.
		rollup.rebuild(campaign.id());
		assertThat(ratesOf(campaign.id(), county).completed()).isEqualTo(1);
		assertThat(ratesOf(campaign.id(), county).assigned()).isEqualTo(classSize);
	}

	@Test
	void retriedAndConcurrentHomeworkSubmissionsCountOnce() throws Exception {
		Homework hw = assignToStudentsClass(countyCampaign("重复提交测试", false));
		UUID submission = UUID.randomUUID();
		Map<Long, Set<Integer>> answers = key("DROWNING", false);
		Concurrently.run(() -> demo.callAs("student", () -> education.submit("DROWNING", submission, answers, hw.id())),
				() -> demo.callAs("student", () -> education.submit("DROWNING", submission, answers, hw.id())),
				() -> demo.callAs("student", () -> education.submit("DROWNING", submission, answers, hw.id())));
		assertThat(demo.jdbc()
			.sql("select attempts from education.assignment a join people.account c on c.person_id = a.student_id "
					+ "where c.username = 'student' and a.homework_id = :h")
			.param("h", hw.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aFailedQuizMayBeRetakenAsOftenAsThePolicySaysAndNotAfterAPass() {
		Map<Long, Set<Integer>> right = key("DROWNING", true);
		Map<Long, Set<Integer>> wrong = key("DROWNING", false);
		Homework hw = assignToStudentsClass(countyCampaign("重测规则测试", false));
		for (int i = 0; i < 3; i++) {
			demo.callAs("student", () -> education.submit("DROWNING", UUID.randomUUID(), wrong, hw.id()));
		}
		assertThatThrownBy(
				() -> demo.callAs("student", () -> education.submit("DROWNING", UUID.randomUUID(), right, hw.id())))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.fieldErrors()).containsEntry("submissionId", "quiz.retake.exhausted"));
	}

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
		Homework other = demo.callAs("principal", () -> homework.assign(new AssignHomework(school, campaign.id(), null,
				"", List.of(otherClass), LocalDate.now().plusDays(3), true)));
		assertThatThrownBy(
				() -> demo.callAs("student", () -> education.submit("DROWNING", UUID.randomUUID(), right, other.id())))
			.isInstanceOf(AccessDenied.class);
		long stranger = demo.jdbc()
			.sql("select student_id from education.assignment where homework_id = :h limit 1")
			.param("h", other.id())
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> demo.callAs("parent", () -> mine.confirmParentPart(other.id(), stranger)))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> demo.callAs("parent", () -> mine.one(other.id(), stranger)))
			.isInstanceOf(AccessDenied.class);
		// The head teacher sees their own class only; another school and another county
		// see
		// nothing.
		assertThatThrownBy(() -> demo.callAs("headteacher", () -> homework.homework(other.id())))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> demo.callAs("principal2", () -> homework.homework(other.id())))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> demo.callAs("principal2", () -> homework.assign(
				new AssignHomework(school, null, "FIRE", "", List.of(otherClass), LocalDate.now().plusDays(3), false))))
			.isInstanceOf(AccessDenied.class);
		long school2 = demo.schoolOf("principal2");
		assertThatThrownBy(() -> demo.callAs("principal2", () -> homework.assign(new AssignHomework(school2, null,
				"FIRE", "", List.of(otherClass), LocalDate.now().plusDays(3), false))))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> demo.callAs("cx_admin", () -> rates.view(campaign.id(), "S:" + school)))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> demo.callAs("qj_admin", () -> rates.view(campaign.id(), "R:450422")))
			.isInstanceOf(AccessDenied.class);
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
	void aTeacherAssignsALessonDirectlyFromTheLessonPage() throws Exception {
		mvc.perform(get("/lessons/FIRE").with(demo.as("teacher")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/homework/new?lesson=FIRE")));
		mvc.perform(get("/homework/new").param("lesson", "FIRE").with(demo.as("teacher")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"FIRE\" selected")));
		long school = demo.schoolOf("teacher");
		Homework hw = demo.callAs("teacher", () -> homework.assign(new AssignHomework(school, null, "FIRE", "",
				List.of(studentClass()), LocalDate.now().plusDays(2), false)));
		assertThat(hw.campaignId()).isNull();
		assertThat(hw.title()).isEqualTo("预防火灾，学会逃生");
		assertThat(demo.callAs("student", () -> mine.mine())).anyMatch(h -> h.homeworkId() == hw.id());
		assertThatThrownBy(() -> demo.callAs("teacher",
				() -> homework.assign(new AssignHomework(school, null, "FIRE", "", List.of(studentClass()),
						LocalDate.now().minusDays(1), false))))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.fieldErrors()).containsEntry("dueOn", "homework.due.past"));
	}

	@Test
	void theCitysRatesAndASchoolsNonCompletersExportAsRealWorkbooks() throws Exception {
		long winter = demo.jdbc()
			.sql("select id from education.campaign where title like '%冬季消防安全专题教育'")
			.query(Long.class)
			.single();
		EducationRates.RatesView city = demo.callAs("wz_admin", () -> rates.view(winter, "R:450400"));
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
		int open = demo.callAs("principal", () -> rates.nonCompleters(winter, "S:" + school)).size();
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
			.andExpect(status().isForbidden());
	}

	@Test
	void aBureauIssuesOnlyToItsOwnRegionAndBadInputGetsFieldErrors() throws Exception {
		assertThatThrownBy(() -> demo.callAs("tx_admin", () -> campaigns.issue(new IssueCampaign("越级", "", "DROWNING",
				LocalDate.now(), LocalDate.now().plusDays(3), false, "450400"))))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> demo.callAs("principal", () -> campaigns.issue(
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
