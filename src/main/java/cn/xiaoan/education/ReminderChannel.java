package cn.xiaoan.education;

import java.util.List;

/**
 * A way to reach students and parents outside the platform (SMS, e-mail, a messaging
 * app). The in-app inbox is always used; every channel bean is called in addition.
 */
public interface ReminderChannel {

	/** Sends one text to each of the accounts; failures are the channel's to report. */
	void send(List<Long> accountIds, String text);

}
