package cn.xiaoan.education.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the lessons shipped under {@code classpath:education/lessons/*.json} at start-up:
 * a lesson is matched by its code and a question by its position, so ids stay stable and
 * past attempts keep their meaning; several instances starting together only overwrite
 * each other with the same content.
 */
@Component
class LessonCatalogue implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(LessonCatalogue.class);

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final TransactionTemplate tx;

	private final boolean operatorCommand;

	LessonCatalogue(JdbcClient jdbc, ObjectMapper json, TransactionTemplate tx,
			@Value("${xiaoan.operator-command:}") String operatorCommand) {
		this.jdbc = jdbc;
		this.json = json;
		this.tx = tx;
		this.operatorCommand = !operatorCommand.isBlank();
	}

	private volatile boolean loaded;

	@Override
	public void afterSingletonsInstantiated() {
		// an operator command (backup, restore into an empty database) writes nothing at
		// start
		if (!operatorCommand) {
			ensureLoaded();
		}
	}

	/** Loads the seed lessons once (demo data may need them before start-up has). */
	synchronized void ensureLoaded() {
		if (loaded) {
			return;
		}
		List<JsonNode> lessons = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath:education/lessons/*.json")) {
				try (InputStream in = resource.getInputStream()) {
					lessons.add(json.readTree(in));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		tx.executeWithoutResult(status -> lessons.forEach(this::upsert));
		log.info("Loaded {} safety lessons", lessons.size());
		loaded = true;
	}

	private void upsert(JsonNode lesson) {
		var content = json.createObjectNode();
		content.set("studentPart", lesson.get("studentPart"));
		content.set("parentPart", lesson.get("parentPart"));
		content.set("keyPoints", lesson.get("keyPoints"));
		long id = jdbc.sql("""
				insert into education.lesson (code, title, grade_band, minutes, content)
				values (:code, :title, :band, :minutes, cast(:content as jsonb))
				on conflict (code) do update set title = excluded.title, grade_band = excluded.grade_band,
				  minutes = excluded.minutes, content = excluded.content, loaded_at = now()
				returning id""")
			.param("code", lesson.get("code").asString())
			.param("title", lesson.get("title").asString())
			.param("band", lesson.get("gradeBand").asString())
			.param("minutes", lesson.get("minutes").asInt())
			.param("content", json.writeValueAsString(content))
			.query(Long.class)
			.single();
		int position = 0;
		for (JsonNode q : lesson.get("quiz")) {
			List<String> options = new ArrayList<>();
			q.get("options").forEach(o -> options.add(o.asString()));
			List<Integer> answer = new ArrayList<>();
			q.get("answer").forEach(a -> answer.add(a.asInt()));
			jdbc.sql("""
					insert into education.question (lesson_id, position, type, text, options, answer, explanation)
					values (:lesson, :position, :type, :text, :options, :answer, :explanation)
					on conflict (lesson_id, position) do update set type = excluded.type, text = excluded.text,
					  options = excluded.options, answer = excluded.answer, explanation = excluded.explanation""")
				.param("lesson", id)
				.param("position", position++)
				.param("type", q.get("type").asString())
				.param("text", q.get("text").asString())
				.param("options", options.toArray(String[]::new))
				.param("answer", answer.toArray(Integer[]::new))
				.param("explanation", q.path("explanation").asString(""))
				.update();
		}
		jdbc.sql("delete from education.question where lesson_id = :id and position >= :n")
			.param("id", id)
			.param("n", position)
			.update();
		List<String> shipped = new ArrayList<>();
		for (JsonNode m : lesson.path("media")) {
			shipped.add(m.get("src").asString());
			jdbc.sql("""
					insert into education.lesson_media (lesson_id, kind, title, src)
					values (:lesson, :kind, :title, :src)
					on conflict (lesson_id, src) where region_code is null do update set kind = excluded.kind,
					  title = excluded.title""")
				.param("lesson", id)
				.param("kind", m.get("kind").asString())
				.param("title", m.get("title").asString())
				.param("src", m.get("src").asString())
				.update();
		}
		jdbc.sql("""
				delete from education.lesson_media where lesson_id = :id and region_code is null
				  and src <> all(:shipped)""")
			.param("id", id)
			.param("shipped", shipped.toArray(String[]::new))
			.update();
	}

}
