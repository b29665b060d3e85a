package cn.xiaoan.education.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.util.MultiValueMap;

/**
 * The answers of a quiz form: a field {@code q-<question id>} per question, its values
 * the chosen option indexes. Nothing is dropped: an unreadable question id or option
 * becomes -1, which grading then reports as an unknown question or an invalid option.
 */
record QuizAnswers(Map<Long, Set<Integer>> chosen) {

	QuizAnswers {
		chosen = Map.copyOf(chosen);
	}

	static QuizAnswers of(MultiValueMap<String, String> form) {
		Map<Long, Set<Integer>> chosen = new HashMap<>();
		form.forEach((name, values) -> {
			if (name.startsWith("q-")) {
				Set<Integer> options = new HashSet<>();
				values.forEach(v -> options.add(number(v)));
				chosen.merge((long) number(name.substring(2)), options, (a, b) -> {
					Set<Integer> both = new HashSet<>(a);
					both.addAll(b);
					return both;
				});
			}
		});
		return new QuizAnswers(chosen);
	}

	private static int number(String value) {
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
