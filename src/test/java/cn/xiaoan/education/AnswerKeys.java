package cn.xiaoan.education;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Answer sheets for a lesson's quiz, read from the stored keys (no API reveals them). */
final class AnswerKeys {

	private AnswerKeys() {
	}

	/** Every question answered right, or every one wrong (one wrong option). */
	static Map<Long, Set<Integer>> sheet(JdbcClient jdbc, String lessonCode, boolean right) {
		Map<Long, Set<Integer>> answers = new HashMap<>();
		jdbc.sql("""
				select q.id, q.answer from education.question q join education.lesson l on l.id = q.lesson_id
				where l.code = :c""").param("c", lessonCode).query(rs -> {
			Set<Integer> key = Set.of((Integer[]) rs.getArray(2).getArray());
			answers.put(rs.getLong(1), right ? new HashSet<>(key) : Set.of(key.contains(0) ? 1 : 0));
		});
		return answers;
	}

}
