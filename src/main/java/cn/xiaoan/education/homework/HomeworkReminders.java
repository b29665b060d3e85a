package cn.xiaoan.education.homework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.xiaoan.education.HomeworkReminded;
import cn.xiaoan.shared.EntityChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reminds the students of a class who have not finished a homework: marks them reminded
 * and tells whoever delivers reminders ({@link HomeworkReminded}); notification puts them
 * in the students' and parents' inboxes and hands them to every reminder channel after
 * the transaction commits.
 */
@Component
class HomeworkReminders {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	HomeworkReminders(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Answers how many students were reminded. */
	int remind(long homeworkId, long classId, String title, LocalDate dueOn) {
		List<Long> students = jdbc.sql("""
				update education.assignment set reminded_at = now()
				where homework_id = :h and class_id = :c and completed_at is null returning student_id""")
			.param("h", homeworkId)
			.param("c", classId)
			.query(Long.class)
			.list();
		if (!students.isEmpty()) {
			events.publishEvent(new HomeworkReminded(homeworkId, classId, title, dueOn, students));
			events.publishEvent(new EntityChanged("education.homework", String.valueOf(homeworkId), "REMIND", null,
					null, Map.of(), Map.of("classId", classId, "students", students.size())));
		}
		return students.size();
	}

}
