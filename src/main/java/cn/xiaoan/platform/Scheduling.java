package cn.xiaoan.platform;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.ScheduledMethodRunnable;
import org.springframework.util.ClassUtils;

/**
 * The platform's jobs run, except in an operator command's process. Clock jobs (cron:
 * reminders, escalations, retention) run once per cluster however many instances fire
 * them (ADR 0050); interval jobs stay on every instance, because they drain an instance's
 * own buffers or take their own advisory lock.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "xiaoan.scheduling.enabled", matchIfMissing = true)
class Scheduling implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(Scheduling.class);

	private final ClusterJobLock lock;

	Scheduling(JdbcClient jdbc, @Value("${xiaoan.jobs.lock-at-least:PT30S}") Duration atLeast,
			@Value("${xiaoan.jobs.lock-at-most:PT30M}") Duration atMost) {
		this.lock = new ClusterJobLock(jdbc, instanceName(), atLeast, atMost);
	}

	/**
	 * Called when the context is up, before the registrar schedules what the
	 * {@code @Scheduled} methods registered: each clock job is replaced by the same job
	 * behind the cluster's claim.
	 */
	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		// The trigger, not the expression: it keeps the job's own zone (drill reminders
		// are Beijing's).
		List<CronTask> once = registrar.getCronTaskList()
			.stream()
			.map(task -> new CronTask(onceInCluster(task.getRunnable()), (CronTrigger) task.getTrigger()))
			.toList();
		registrar.setCronTasksList(once);
	}

	private Runnable onceInCluster(Runnable job) {
		String name = jobName(job);
		return () -> {
			if (!lock.runOnce(name, job)) {
				log.debug("{} ran on another instance of the cluster", name);
			}
		};
	}

	static String jobName(Runnable job) {
		if (job instanceof ScheduledMethodRunnable m) {
			return ClassUtils.getUserClass(m.getTarget()).getName() + "." + m.getMethod().getName();
		}
		return job.toString();
	}

	private static String instanceName() {
		return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
	}

}
