package cn.xiaoan.education;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.support.Concurrently;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A county campaign becomes homework of a class; the student, the parent and the rates of
 * every level follow it, and nobody reaches another family's or another class's homework.
 */
@PlatformTest
class CampaignHomeworkIntegrationTests extends HomeworkTestSupport {

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
		// 应参与 counts every targeted class, assigned or not: the class its students, the
		// school and every region above it all the students of the county (issue 10)
		int schoolSize = studentsOnRoll("450422", school);
		int countySize = studentsOnRoll("450422", null);
		assertThat(countySize).isGreaterThan(schoolSize);
		assertThat(schoolSize).isGreaterThan(classSize);
		Map<String, Integer> sizes = Map.of("C:" + studentClass(), classSize, "S:" + school, schoolSize, county,
				countySize, "R:450400", countySize, "R:450000", countySize);
		for (String unit : List.of("C:" + studentClass(), "S:" + school, county, "R:450400", "R:450000")) {
			assertThat(ratesOf(campaign.id(), unit)).as(unit).satisfies(r -> {
				assertThat(r.assigned()).isEqualTo(sizes.get(unit));
				assertThat(r.completed()).isZero();
			});
		}
		MyHomework todo = demo.callAs("student", () -> education.myHomework())
			.stream()
			.filter(h -> h.homeworkId() == hw.id())
			.findFirst()
			.orElseThrow();
		assertThat(todo.completed()).isFalse();
		demo.callAs("student", () -> education.studied(hw.id()));
		QuizResult result = demo.callAs("student", () -> education.submitHomework(hw.id(), UUID.randomUUID(), right));
		assertThat(result.passed()).isTrue();
		assertThat(demo.callAs("student", () -> education.myHomework(hw.id(), todo.studentId())).completed())
			.as("the parent part is still open")
			.isFalse();
		long child = demo.studentOf("parent");
		assertThat(child).isEqualTo(todo.studentId());
		MyHomework confirmed = demo.callAs("parent", () -> education.confirmParentPart(hw.id(), child));
		assertThat(confirmed.completed()).isTrue();
		settle(campaign.id());
		for (String unit : List.of("C:" + studentClass(), "S:" + school, county, "R:450400", "R:450000")) {
			Rates r = ratesOf(campaign.id(), unit);
			assertThat(r.completed()).as(unit).isEqualTo(1);
			assertThat(r.took()).isEqualTo(1);
			assertThat(r.passed()).isEqualTo(1);
			assertThat(r.parentDone()).isEqualTo(1);
			assertThat(r.participated()).isEqualTo(1);
			assertThat(r.completion()).isEqualTo(Rates.ratio(1, sizes.get(unit)));
		}
		assertThat(demo.callAs("tx_safety", () -> education.rates(campaign.id(), county)).children())
			.extracting(Rates::unit)
			.contains("S:" + school);
		assertThat(demo.callAs("tx_safety", () -> education.trend(campaign.id(), county))).last()
			.satisfies(p -> assertThat(p.rates().completed()).isEqualTo(1));
		// A rebuild from the assignments arrives at the same figures.
		rollup.rebuild(campaign.id());
		assertThat(ratesOf(campaign.id(), county).completed()).isEqualTo(1);
		assertThat(ratesOf(campaign.id(), county).assigned()).isEqualTo(countySize);
	}

	@Test
	void retriedAndConcurrentHomeworkSubmissionsCountOnce() throws Exception {
		Homework hw = assignToStudentsClass(countyCampaign("重复提交测试", false));
		UUID submission = UUID.randomUUID();
		Map<Long, Set<Integer>> answers = key("DROWNING", false);
		Concurrently.run(() -> demo.callAs("student", () -> education.submitHomework(hw.id(), submission, answers)),
				() -> demo.callAs("student", () -> education.submitHomework(hw.id(), submission, answers)),
				() -> demo.callAs("student", () -> education.submitHomework(hw.id(), submission, answers)));
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
			demo.callAs("student", () -> education.submitHomework(hw.id(), UUID.randomUUID(), wrong));
		}
		assertThatThrownBy(
				() -> demo.callAs("student", () -> education.submitHomework(hw.id(), UUID.randomUUID(), right)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.fieldErrors()).containsEntry("submissionId", "quiz.retake.exhausted"));
	}

	@Test
	void aTeacherAssignsALessonDirectlyFromTheLessonPage() throws Exception {
		mvc.perform(get("/lessons/FIRE").with(demo.as("teacher")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/homework/new?lesson=FIRE")));
		// the lesson select is the shared form field, which puts selected on its own line
		assertThat(mvc.perform(get("/homework/new").param("lesson", "FIRE").with(demo.as("teacher")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).containsPattern("value=\"FIRE\"\\s+selected");
		long school = demo.schoolOf("teacher");
		Homework hw = demo.callAs("teacher", () -> education.assign(new AssignHomework(school, null, "FIRE", "",
				List.of(studentClass()), LocalDate.now().plusDays(2), false)));
		assertThat(hw.campaignId()).isNull();
		assertThat(hw.title()).isEqualTo("预防火灾，学会逃生");
		assertThat(demo.callAs("student", () -> education.myHomework())).anyMatch(h -> h.homeworkId() == hw.id());
		assertThatThrownBy(() -> demo.callAs("teacher",
				() -> education.assign(new AssignHomework(school, null, "FIRE", "", List.of(studentClass()),
						LocalDate.now().minusDays(1), false))))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.fieldErrors()).containsEntry("dueOn", "homework.due.past"));
	}

}
