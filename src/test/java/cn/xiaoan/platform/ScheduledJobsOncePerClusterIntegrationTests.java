package cn.xiaoan.platform;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.support.ScheduledMethodRunnable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0050: two instances on one database that fire the same clock job run it once; one
 * that fires a moment late finds the firing taken; the next firing runs again; and every
 * clock job the platform schedules goes through the cluster's claim.
 */
@PlatformTest
class ScheduledJobsOncePerClusterIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ScheduledAnnotationBeanPostProcessor scheduled;

	@Test
	void twoInstancesOnOneDatabaseRunAClockJobOnce() throws Exception {
		ClusterJobLock first = instance("first");
		ClusterJobLock second = instance("second");
		String job = "test.reminders-" + UUID.randomUUID();
		AtomicInteger runs = new AtomicInteger();
		Runnable work = () -> {
			runs.incrementAndGet();
			sleep(300);
		};
		CountDownLatch fire = new CountDownLatch(1);
		CompletableFuture<Boolean> a = CompletableFuture.supplyAsync(() -> await(fire, () -> first.runOnce(job, work)));
		CompletableFuture<Boolean> b = CompletableFuture
			.supplyAsync(() -> await(fire, () -> second.runOnce(job, work)));
		fire.countDown();
		assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(true, false);
		assertThat(runs).hasValue(1);

		assertThat(second.runOnce(job, work)).as("a late scheduler finds the firing taken").isFalse();
		assertThat(runs).hasValue(1);
		sleep(1200);
		assertThat(second.runOnce(job, work)).as("the next firing runs again").isTrue();
		assertThat(runs).hasValue(2);
	}

	@Test
	void everyScheduledClockJobGoesThroughTheClaim() {
		List<CronTask> clockJobs = scheduled.getScheduledTasks()
			.stream()
			.filter(t -> t.nextExecution() != null)
			.map(ScheduledTask::getTask)
			.filter(CronTask.class::isInstance)
			.map(CronTask.class::cast)
			.toList();
		assertThat(clockJobs).isNotEmpty()
			.noneMatch(t -> t.getRunnable() instanceof ScheduledMethodRunnable)
			.anyMatch(t -> t.getExpression().equals("0 5 * * * *"));
	}

	private ClusterJobLock instance(String name) {
		return new ClusterJobLock(jdbc, name, Duration.ofSeconds(1), Duration.ofMinutes(1));
	}

	private static boolean await(CountDownLatch fire, java.util.function.BooleanSupplier run) {
		try {
			fire.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return run.getAsBoolean();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
