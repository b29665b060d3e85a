package cn.xiaoan.notification;

import java.util.List;

/**
 * A way to reach people outside the platform (SMS, e-mail, a messaging app): homework
 * reminders, warnings, notices to those who have not read them. The in-app inbox is
 * always used; a module that wants a message pushed calls every channel bean in addition,
 * with the text in Chinese. The gateway behind a channel looks up phone numbers and
 * addresses from the account ids itself.
 */
public interface ReminderChannel {

	/** Sends one text to each of the accounts; failures are the channel's to report. */
	void send(List<Long> accountIds, String text);

}
