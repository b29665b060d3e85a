package cn.xiaoan.education;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The practice quiz uses the question bank that grades homework, so neither the quiz nor
 * a graded practice attempt ever carries the answer key (issue 9); grading is the
 * server's.
 */
@PlatformTest
class AnswerKeyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	ObjectMapper json;

	private List<String> explanations(String lesson) {
		return demo.jdbc()
			.sql("select q.explanation from education.question q join education.lesson l on l.id = q.lesson_id "
					+ "where l.code = :c and length(q.explanation) > 0")
			.param("c", lesson)
			.query(String.class)
			.list();
	}

	@Test
	void thePracticeQuizSendsNoAnswerKeyAsJsonOrHtml() throws Exception {
		String quiz = mvc
			.perform(get("/api/v1/lessons/DROWNING/quiz").param("submissionId", UUID.randomUUID().toString())
				.with(demo.as("student")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String page = mvc.perform(get("/lessons/DROWNING").with(demo.as("student")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String body : List.of(quiz, page)) {
			assertThat(body).doesNotContain("\"answer\"", "\"correct\"", "data-answer", "data-correct");
			explanations("DROWNING").forEach(e -> assertThat(body).doesNotContain(e));
		}
	}

	@Test
	void aPracticeAttemptIsGradedOnTheServerAndAnswersRightOrWrongWithoutTheKey() throws Exception {
		Map<Long, Set<Integer>> wrong = AnswerKeys.sheet(demo.jdbc(), "DROWNING", false);
		Map<Long, Set<Integer>> right = AnswerKeys.sheet(demo.jdbc(), "DROWNING", true);
		long first = right.keySet().stream().sorted().findFirst().orElseThrow();
		Map<Long, Set<Integer>> oneRight = new HashMap<>(wrong);
		oneRight.put(first, right.get(first));
		String body = mvc
			.perform(post("/api/v1/lessons/DROWNING/attempts").contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("submissionId", UUID.randomUUID(), "answers", oneRight)))
				.with(demo.as("student"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode result = json.readTree(body);
		assertThat(result.get("correct").asInt()).isEqualTo(1);
		assertThat(result.get("total").asInt()).isEqualTo(right.size());
		assertThat(result.get("passed").asBoolean()).isFalse();
		assertThat(body).doesNotContain("\"answer\"");
		for (JsonNode f : result.get("feedback")) {
			assertThat(f.has("answer")).isFalse();
			assertThat(f.get("right").asBoolean()).isEqualTo(f.get("questionId").asLong() == first);
		}
	}

}
