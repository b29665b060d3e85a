package cn.xiaoan.education;

import java.util.function.BooleanSupplier;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assigning homework and reminding a class reach the students' and parents' inboxes:
 * education publishes {@link HomeworkAssigned} and {@link HomeworkReminded}, notification
 * writes the messages once the assignment has committed (possibly on another thread, so
 * the test waits for them).
 */
@PlatformTest
class HomeworkNoticesIntegrationTests extends HomeworkTestSupport {

	@Autowired
	Notifications notifications;

	@Test
	void assigningHomeworkPutsItInTheInboxOfEveryStudentAndParentOfTheClass() {
		Homework hw = assignToStudentsClass(countyCampaign("收件箱通知测试", true));
		awaitInbox("student", "notify.homework.assigned", hw.title());
		awaitInbox("parent", "notify.homework.assigned", hw.title());
		int accounts = demo.jdbc()
			.sql("""
					select count(distinct account_id) from people.student_account
					where student_id in (select student_id from education.assignment where homework_id = :h)""")
			.param("h", hw.id())
			.query(Integer.class)
			.single();
		assertThat(accounts).isGreaterThanOrEqualTo(2);
		assertThat(messages("notify.homework.assigned", hw.title())).as("one message per account").isEqualTo(accounts);
	}

	@Test
	void aReminderReachesTheStudentsWhoHaveNotFinishedAndTheirParents() {
		Homework hw = assignToStudentsClass(countyCampaign("提醒通知测试", false));
		int reminded = demo.callAs("principal", () -> education.remind(hw.id(), studentClass()));
		assertThat(reminded).isEqualTo(hw.assigned());
		awaitInbox("student", "notify.homework.reminder", hw.title());
		awaitInbox("parent", "notify.homework.reminder", hw.title());
	}

	private void awaitInbox(String username, String key, String title) {
		await(() -> demo.callAs(username, () -> notifications.inbox())
			.stream()
			.anyMatch(m -> m.messageKey().equals(key) && m.args().get(0).equals(title)), username + " hears " + key);
	}

	private int messages(String key, String title) {
		return demo.jdbc()
			.sql("select count(*) from notification.message where message_key = :k and args[1] = :t")
			.param("k", key)
			.param("t", title)
			.query(Integer.class)
			.single();
	}

	private static void await(BooleanSupplier condition, String what) {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as(what + " within 10 s").isLessThan(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
