package cn.xiaoan.notification;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.ReminderReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.IncompleteEventPublications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A push reaches every reminder channel after commit, 1,000 accounts a call at most, and
 * a gateway that is down loses nothing: the batch waits in the event publication registry
 * and is delivered when resubmitted.
 */
@PlatformTest
class ReminderPushIntegrationTests {

	@Autowired
	Notifications notifications;

	@Autowired
	IncompleteEventPublications incomplete;

	@AfterEach
	void gatewayUpAgain() {
		ReminderReceiver.failing(false);
	}

	@Test
	void manyAccountsArePushedInBatchesOfAThousandEachOnce() {
		String text = "批量推送 " + System.nanoTime();
		List<Long> accounts = LongStream.rangeClosed(1, 2500).boxed().toList();
		List<Long> twice = new java.util.ArrayList<>(accounts);
		twice.addAll(accounts.subList(0, 10));
		assertThat(notifications.push(twice, text)).isEqualTo(3);
		await().until(() -> ReminderReceiver.postsMentioning(text).size() == 3);
		assertThat(ReminderReceiver.postsMentioning(text)).extracting(p -> p.accountIds().size())
			.containsExactlyInAnyOrder(1000, 1000, 500);
		assertThat(ReminderReceiver.postsMentioning(text).stream().flatMap(p -> p.accountIds().stream()))
			.containsExactlyInAnyOrderElementsOf(accounts);
	}

	@Test
	void aBatchTheGatewayRefusedIsKeptAndDeliveredWhenResubmitted() {
		String text = "网关故障 " + System.nanoTime();
		ReminderReceiver.failing(true);
		notifications.push(List.of(7L, 8L), text);
		await().pollDelay(Duration.ofMillis(500)).until(() -> ReminderReceiver.refusedMentioning(text) == 1);
		assertThat(ReminderReceiver.postsMentioning(text)).isEmpty();
		ReminderReceiver.failing(false);
		incomplete
			.resubmitIncompletePublications(p -> p.getEvent() instanceof ReminderBatch b && b.text().equals(text));
		await().atMost(Duration.ofSeconds(10)).until(() -> ReminderReceiver.postsMentioning(text).size() == 1);
		assertThat(ReminderReceiver.postsMentioning(text).get(0).accountIds()).containsExactly(7L, 8L);
	}

}
