package cn.xiaoan.notification;

import java.util.List;

/**
 * A way to reach people outside the platform (SMS, e-mail, a messaging app): homework
 * reminders, warnings, notices to those who have not read them. The in-app inbox is
 * always used; a module that wants a message pushed calls {@link Notifications#push},
 * which hands it to every channel bean after commit, in batches, with the text in
 * Chinese. The gateway behind a channel looks up phone numbers and addresses from the
 * account ids itself.
 */
public interface ReminderChannel {

	/**
	 * Sends one text to each of the accounts (at most {@link Notifications#PUSH_BATCH});
	 * throws when the gateway did not take it, so the batch is delivered again.
	 */
	void send(List<Long> accountIds, String text);

}
