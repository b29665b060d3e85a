package cn.xiaoan.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.TaskExecutionOutcome;
import org.springframework.stereotype.Component;

/**
 * Exports, for every {@code @Scheduled} job of this instance, the seconds since its last
 * successful run ({@code xiaoan.job.since.success}, tag {@code task} = class.method; not
 * {@code job}, which Prometheus gives the scrape target) and whether its last run failed
 * ({@code xiaoan.job.failing}). Before a first success the lag counts from the start of
 * the application, so a job that never succeeds shows a growing lag. Spring keeps only
 * each task's last outcome; a success followed by a failure between two scrapes is not
 * seen, which makes the figure err on the late side. A job that finds its cluster lock
 * held by another instance returns normally: the lag says the trigger fires, the work's
 * own backlog gauges (e.g. the rate rollup's) say whether anyone does it.
 */
@Component
class ScheduledJobLag {

	private final ObjectProvider<ScheduledTaskHolder> holders;

	private final MeterRegistry meters;

	private final Clock clock;

	private final Map<String, Instant> lastSuccess = new ConcurrentHashMap<>();

	private final Instant started;

	ScheduledJobLag(ObjectProvider<ScheduledTaskHolder> holders, MeterRegistry meters, Clock clock) {
		this.holders = holders;
		this.meters = meters;
		this.clock = clock;
		this.started = clock.instant();
	}

	/** Tasks are registered when the context has been refreshed, hence not earlier. */
	@EventListener(ApplicationReadyEvent.class)
	void register() {
		holders.orderedStream().flatMap(h -> h.getScheduledTasks().stream()).forEach(this::register);
	}

	private void register(ScheduledTask task) {
		String job = name(task);
		Gauge.builder("xiaoan.job.since.success", task, t -> secondsSinceSuccess(job, t))
			.description("Seconds since the job's last successful run on this instance")
			.baseUnit("seconds")
			.tag("task", job)
			.register(meters);
		Gauge
			.builder("xiaoan.job.failing", task,
					t -> t.getTask().getLastExecutionOutcome().status() == TaskExecutionOutcome.Status.ERROR ? 1 : 0)
			.description("1 while the job's last run ended with an error")
			.tag("task", job)
			.register(meters);
	}

	double secondsSinceSuccess(String job, ScheduledTask task) {
		TaskExecutionOutcome last = task.getTask().getLastExecutionOutcome();
		if (last.status() == TaskExecutionOutcome.Status.SUCCESS && last.executionTime() != null) {
			lastSuccess.merge(job, last.executionTime(), (a, b) -> a.isAfter(b) ? a : b);
		}
		Instant since = lastSuccess.getOrDefault(job, started);
		return Duration.between(since, clock.instant()).toMillis() / 1000.0;
	}

	/**
	 * {@code RateRollup.fold}: the scheduled method's class (without package) and name.
	 */
	static String name(ScheduledTask task) {
		String described = task.getTask().getRunnable().toString();
		List<String> parts = List.of(described.split("\\."));
		return parts.size() < 2 ? described : parts.get(parts.size() - 2) + "." + parts.get(parts.size() - 1);
	}

}
