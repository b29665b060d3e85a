package cn.xiaoan.education;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.notification.Notifications;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells students and their parents about new homework and reminds those who have not
 * finished: in the inbox, and through every {@link ReminderChannel}.
 */
@Component
class HomeworkNotices {

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final List<ReminderChannel> channels;

	private final MessageSource messages;

	HomeworkNotices(JdbcClient jdbc, Notifications notifications, List<ReminderChannel> channels,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.channels = channels;
		this.messages = messages;
	}

	void assigned(long homeworkId, String title, LocalDate dueOn) {
		List<Long> accounts = accounts("select student_id from education.assignment where homework_id = :h", homeworkId,
				null);
		notifications.toAccounts(accounts, "notify.homework.assigned", "/my/homework", title, dueOn.toString());
	}

	/** Reminds the class's students who have not finished, and their parents. */
	int remind(long homeworkId, long classId, String title, LocalDate dueOn) {
		String open = """
				select student_id from education.assignment
				where homework_id = :h and class_id = :c and completed_at is null""";
		List<Long> accounts = accounts(open, homeworkId, classId);
		int students = jdbc.sql("""
				update education.assignment set reminded_at = now()
				where homework_id = :h and class_id = :c and completed_at is null""")
			.param("h", homeworkId)
			.param("c", classId)
			.update();
		notifications.toAccounts(accounts, "notify.homework.reminder", "/my/homework", title, dueOn.toString());
		String text = messages.getMessage("notify.homework.reminder", new Object[] { title, dueOn.toString() },
				Locale.SIMPLIFIED_CHINESE);
		channels.forEach(channel -> channel.send(accounts, text));
		return students;
	}

	/** The accounts of the selected students and of their parents. */
	private List<Long> accounts(String students, long homeworkId, Long classId) {
		return jdbc.sql("with s as (" + students + """
				)
				select a.id from people.account a join s on a.person_id = s.student_id where a.role = 'STUDENT'
				union
				select a.id from people.account a join people.student_guardian g on a.person_id = g.guardian_id
				join s on g.student_id = s.student_id where a.role = 'PARENT'""")
			.param("h", homeworkId)
			.param("c", classId == null ? -1L : classId)
			.query(Long.class)
			.list();
	}

}
