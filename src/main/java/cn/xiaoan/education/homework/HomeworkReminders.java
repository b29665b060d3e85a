package cn.xiaoan.education.homework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * the transaction commits. A student reminded of the homework less than the policy's
 * hours ago is skipped: the update is a compare-and-set on {@code reminded_at}, so
 * repeated clicks, or clicks on two instances at once, remind each student once.
 */
@Component
class HomeworkReminders {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	HomeworkReminders(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * How many students were reminded, and when those skipped were last reminded (null
	 * when none was skipped).
	 */
	record Outcome(int reminded, OffsetDateTime lastReminded) {

		Outcome plus(Outcome other) {
			OffsetDateTime last = lastReminded == null ? other.lastReminded
					: other.lastReminded == null || lastReminded.isAfter(other.lastReminded) ? lastReminded
							: other.lastReminded;
			return new Outcome(reminded + other.reminded, last);
		}

		/**
		 * How many were reminded; "已于 HH:mm 提醒过" when nobody was because everyone had
		 * been reminded within {@code minHours}.
		 */
		int orRefused(java.time.Clock clock, int minHours) {
			if (reminded == 0 && lastReminded != null) {
				throw new cn.xiaoan.shared.BusinessRuleViolation("remind", "education.remind.already",
						cn.xiaoan.education.ReminderTimes.when(lastReminded, clock), minHours);
			}
			return reminded;
		}

	}

	Outcome remind(long homeworkId, long classId, String title, LocalDate dueOn, int minHours) {
		List<Long> students = jdbc.sql("""
				update education.assignment set reminded_at = now()
				where homework_id = :h and class_id = :c and completed_at is null
				  and (reminded_at is null or reminded_at <= now() - make_interval(hours => :hours))
				returning student_id""")
			.param("h", homeworkId)
			.param("c", classId)
			.param("hours", minHours)
			.query(Long.class)
			.list();
		if (!students.isEmpty()) {
			events.publishEvent(new HomeworkReminded(homeworkId, classId, title, dueOn, students));
			events.publishEvent(new EntityChanged("education.homework", String.valueOf(homeworkId), "REMIND", null,
					null, Map.of(), Map.of("classId", classId, "students", students.size())));
			return new Outcome(students.size(), null);
		}
		OffsetDateTime last = jdbc.sql("""
				select max(reminded_at) from education.assignment
				where homework_id = :h and class_id = :c and completed_at is null""")
			.param("h", homeworkId)
			.param("c", classId)
			.query(OffsetDateTime.class)
			.optional()
			.orElse(null);
		return new Outcome(0, last);
	}

	/**
	 * Reminds the students of a school ({@code S:<id>}) or class ({@code C:<id>}) unit
	 * who have not finished the campaign's homework, one class's homework at a time.
	 */
	Outcome remindCampaign(long campaignId, String unit, int minHours) {
		record Open(long homeworkId, long classId, String title, LocalDate due) {
		}
		return jdbc.sql("""
				select distinct a.homework_id, a.class_id, h.title, h.due_on from education.assignment a
				join education.homework h on h.id = a.homework_id
				where a.campaign_id = :c and a.completed_at is null and (a.school_id = :s or a.class_id = :cl)""")
			.param("c", campaignId)
			.param("s", unit.startsWith("S:") ? Long.parseLong(unit.substring(2)) : -1L)
			.param("cl", unit.startsWith("C:") ? Long.parseLong(unit.substring(2)) : -1L)
			.query((rs, n) -> new Open(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class)))
			.list()
			.stream()
			.map(o -> remind(o.homeworkId(), o.classId(), o.title(), o.due(), minHours))
			.reduce(new Outcome(0, null), Outcome::plus);
	}

}
