package cn.xiaoan.education;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformTest
class EducationIntegrationTests {

	@Autowired
	EducationManagement education;

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	private Map<Long, Set<Integer>> key(String code) {
		return AnswerKeys.sheet(demo.jdbc(), code, true);
	}

	@Test
	void twelveLessonsWithQuizzesAreLoadedFromTheSeedContent() {
		List<Lesson> lessons = demo.callAs("student", () -> education.lessons());
		assertThat(lessons).hasSizeGreaterThanOrEqualTo(12);
		assertThat(lessons).extracting(Lesson::code)
			.contains("DROWNING", "TRAFFIC", "FIRE", "BULLYING", "ONLINE_SAFETY");
		lessons.forEach(l -> {
			assertThat(l.studentPart()).isNotEmpty();
			assertThat(l.parentPart()).isNotEmpty();
			assertThat(demo.callAs("student", () -> education.quiz(l.code(), UUID.randomUUID())))
				.hasSizeGreaterThanOrEqualTo(8);
		});
	}

	@Test
	void theQuizNeverShowsItsAnswersAndComesInAnOrderOfItsOwn() throws Exception {
		String quiz = mvc
			.perform(get("/api/v1/lessons/DROWNING/quiz").param("submissionId", UUID.randomUUID().toString())
				.with(demo.as("student")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(quiz).doesNotContain("answer").doesNotContain("explanation");
		List<Long> a = demo.callAs("student", () -> education.quiz("FIRE", new UUID(1, 1)))
			.stream()
			.map(QuizQuestion::id)
			.toList();
		List<Long> b = demo.callAs("student", () -> education.quiz("FIRE", new UUID(2, 1)))
			.stream()
			.map(QuizQuestion::id)
			.toList();
		assertThat(a).containsExactlyInAnyOrderElementsOf(b);
		assertThat(a).isNotEqualTo(b);
	}

	@Test
	void aRightAnswerSheetPassesAndARetriedSubmissionNeverCountsTwice() throws Exception {
		UUID submission = UUID.randomUUID();
		Map<Long, Set<Integer>> answers = key("TRAFFIC");
		List<QuizResult> results = Concurrently.run(
				() -> demo.callAs("student", () -> education.submit("TRAFFIC", submission, answers)),
				() -> demo.callAs("student", () -> education.submit("TRAFFIC", submission, answers)));
		assertThat(results).allSatisfy(r -> {
			assertThat(r.score()).isEqualTo(100);
			assertThat(r.passed()).isTrue();
		});
		assertThat(demo.jdbc()
			.sql("select count(*) from education.attempt where submission_id = :id")
			.param("id", submission)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThatThrownBy(() -> demo.callAs("parent", () -> education.submit("TRAFFIC", submission, answers)))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void aWrongAnswerSheetIsGradedBelowThePassMark() {
		Map<Long, Set<Integer>> answers = key("FIRE");
		answers.replaceAll((id, right) -> Set.of(right.contains(0) ? 1 : 0));
		QuizResult result = demo.callAs("student", () -> education.submit("FIRE", UUID.randomUUID(), answers));
		assertThat(result.passed()).isFalse();
		assertThat(result.feedback()).anySatisfy(f -> assertThat(f.right()).isFalse());
	}

	@Test
	void malformedAnswersAreFieldErrors() throws Exception {
		Map<Long, Set<Integer>> answers = key("EARTHQUAKE");
		long first = answers.keySet().iterator().next();
		Map<Long, Set<Integer>> missing = new HashMap<>(answers);
		missing.remove(first);
		assertThatThrownBy(
				() -> demo.callAs("student", () -> education.submit("EARTHQUAKE", UUID.randomUUID(), missing)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.fieldErrors()).containsEntry("answers." + first, "quiz.answer.missing"));
		Map<Long, Set<Integer>> outOfRange = new HashMap<>(answers);
		outOfRange.put(first, Set.of(9));
		assertThatThrownBy(
				() -> demo.callAs("student", () -> education.submit("EARTHQUAKE", UUID.randomUUID(), outOfRange)))
			.isInstanceOf(BusinessRuleViolation.class);
		Map<Long, Set<Integer>> foreign = new HashMap<>(answers);
		foreign.put(999_999L, Set.of(0));
		assertThatThrownBy(
				() -> demo.callAs("student", () -> education.submit("EARTHQUAKE", UUID.randomUUID(), foreign)))
			.isInstanceOf(BusinessRuleViolation.class);
		mvc.perform(post("/api/v1/lessons/EARTHQUAKE/attempts").with(demo.as("student"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"submissionId\":\"not-a-uuid\",\"answers\":{}}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/lessons/EARTHQUAKE/attempts").with(demo.as("student"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"submissionId\":\"" + UUID.randomUUID() + "\",\"answers\":{}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors").isMap());
		mvc.perform(get("/api/v1/lessons/NO_SUCH_LESSON").with(demo.as("student"))).andExpect(status().isNotFound());
	}

}
