package cn.xiaoan.education;

import java.util.List;

/**
 * A way to reach students and parents outside the platform (SMS, e-mail, a messaging app)
 * with homework reminders. The in-app inbox is always used; notification calls every
 * channel bean in addition, with the reminder's text in Chinese.
 */
public interface ReminderChannel {

	/** Sends one text to each of the accounts; failures are the channel's to report. */
	void send(List<Long> accountIds, String text);

}
