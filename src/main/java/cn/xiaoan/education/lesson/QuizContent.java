package cn.xiaoan.education.lesson;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.xiaoan.education.Lesson;
import cn.xiaoan.education.QuizQuestion;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.Caches;
import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What grading a quiz reads besides the answers, cached for a short time: the lessons and
 * questions (seed content, replaced only by a deployment), a homework's lesson (fixed
 * when assigned) and the policy's pass mark and retakes per region (an override reaches a
 * submission within {@value #POLICY_SECONDS} s). The caller's region needs no lookup: it
 * comes with the signed-in caller's scope.
 */
@Component
class QuizContent {

	static final int POLICY_SECONDS = 10;

	private final JdbcClient jdbc;

	private final PolicyManagement policy;

	private final ObjectMapper json;

	private final Cache<String, Optional<Lesson>> lessons;

	private final Cache<Long, List<Question>> questions;

	private final Cache<Long, Optional<String>> homeworkLessons;

	private final Cache<String, Integer> settings;

	QuizContent(JdbcClient jdbc, PolicyManagement policy, ObjectMapper json, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.json = json;
		this.lessons = Caches.expiring(meters, "quiz.lessons", Duration.ofMinutes(1), 1_000);
		this.questions = Caches.expiring(meters, "quiz.questions", Duration.ofMinutes(1), 1_000);
		this.homeworkLessons = Caches.expiring(meters, "quiz.homework-lessons", Duration.ofMinutes(10), 100_000);
		this.settings = Caches.expiring(meters, "quiz.policy-settings", Duration.ofSeconds(POLICY_SECONDS), 10_000);
	}

	Optional<Lesson> lesson(String code) {
		return lessons.get(code, c -> jdbc
			.sql("""
					select id, code, title, grade_band, minutes, cast(content as text) from education.lesson where code = :c""")
			.param("c", c)
			.query((rs, n) -> lesson(rs))
			.optional());
	}

	List<Question> questions(long lessonId) {
		return questions.get(lessonId, id -> List.copyOf(jdbc.sql("""
				select id, position, type, text, options, answer, explanation from education.question
				where lesson_id = :l order by position""")
			.param("l", id)
			.query((rs, n) -> new Question(rs.getLong(1), rs.getInt(2), QuizQuestion.Type.valueOf(rs.getString(3)),
					rs.getString(4), strings(rs.getArray(5)), Set.copyOf(ints(rs.getArray(6))), rs.getString(7)))
			.list()));
	}

	/** The code of the homework's lesson, if the homework exists. */
	Optional<String> homeworkLesson(long homeworkId) {
		return homeworkLessons.get(homeworkId, id -> jdbc
			.sql("""
					select l.code from education.homework h join education.lesson l on l.id = h.lesson_id where h.id = :h""")
			.param("h", id)
			.query(String.class)
			.optional());
	}

	int setting(PolicySetting setting, String region) {
		return settings.get(setting.name() + "@" + region, k -> policy.effective(setting, region).asInt());
	}

	/** A policy change made on this instance counts at once. */
	@EventListener
	void on(EntityChanged change) {
		if ("policy".equals(change.entityType())) {
			settings.invalidateAll();
		}
	}

	private Lesson lesson(ResultSet rs) throws SQLException {
		var content = json.readTree(rs.getString(6));
		return new Lesson(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
				json.convertValue(content.get("studentPart"), new TypeReference<List<Lesson.Section>>() {
				}), json.convertValue(content.get("parentPart"), new TypeReference<List<Lesson.Section>>() {
				}), json.convertValue(content.get("keyPoints"), new TypeReference<List<String>>() {
				}));
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

	private static List<Integer> ints(Array array) throws SQLException {
		return Arrays.asList((Integer[]) array.getArray());
	}

}
