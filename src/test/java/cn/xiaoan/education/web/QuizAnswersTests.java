package cn.xiaoan.education.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

class QuizAnswersTests {

	private static MultiValueMap<String, String> form(Map<String, List<String>> fields) {
		return new LinkedMultiValueMap<>(fields);
	}

	@Test
	void eachQuestionFieldBecomesItsChosenOptions() {
		QuizAnswers answers = QuizAnswers.of(form(Map.of("q-11", List.of("2"), "q-12", List.of("0", "3"),
				"submissionId", List.of("5d0c3f0e-0000-0000-0000-000000000000"), "_csrf", List.of("token"))));
		assertThat(answers.chosen()).containsOnly(Map.entry(11L, Set.of(2)), Map.entry(12L, Set.of(0, 3)));
	}

	@Test
	void somethingUnreadableIsKeptAsMinusOneForGradingToReport() {
		QuizAnswers answers = QuizAnswers.of(form(Map.of("q-11", List.of("two", " 1 "), "q-x", List.of("0"))));
		assertThat(answers.chosen()).containsOnly(Map.entry(11L, Set.of(-1, 1)), Map.entry(-1L, Set.of(0)));
	}

	@Test
	void anEmptyFormHasNoAnswers() {
		assertThat(QuizAnswers.of(new LinkedMultiValueMap<>()).chosen()).isEmpty();
	}

}
