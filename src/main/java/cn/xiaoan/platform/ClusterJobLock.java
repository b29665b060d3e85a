package cn.xiaoan.platform;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A clock job's firing claimed for the whole cluster (ADR 0050): the first instance to
 * claim it runs it, the others skip. The claim lasts until the job ends but at least
 * {@code atLeast} from its start, so a late scheduler on another instance finds the
 * firing still taken; {@code atMost} frees the firing of an instance that died mid-job.
 * Times are the database's, so the instances' clocks need not agree.
 */
final class ClusterJobLock {

	private final JdbcClient jdbc;

	private final String instance;

	private final Duration atLeast;

	private final Duration atMost;

	ClusterJobLock(JdbcClient jdbc, String instance, Duration atLeast, Duration atMost) {
		this.jdbc = jdbc;
		this.instance = instance;
		this.atLeast = atLeast;
		this.atMost = atMost;
	}

	/** Runs the job if this instance claims its firing; whether it ran. */
	boolean runOnce(String job, Runnable work) {
		if (!claim(job)) {
			return false;
		}
		try {
			work.run();
		}
		finally {
			release(job);
		}
		return true;
	}

	boolean claim(String job) {
		return jdbc.sql("""
				insert into platform.job_lock as l (name, lock_until, locked_at, locked_by)
				values (:job, now() + make_interval(secs => :most), now(), :by)
				on conflict (name) do update
				    set lock_until = excluded.lock_until, locked_at = excluded.locked_at, locked_by = excluded.locked_by
				    where l.lock_until <= now()""")
			.param("job", job)
			.param("most", (double) atMost.toMillis() / 1000)
			.param("by", instance)
			.update() == 1;
	}

	private void release(String job) {
		jdbc.sql("""
				update platform.job_lock set lock_until = greatest(now(), locked_at + make_interval(secs => :least))
				where name = :job and locked_by = :by""")
			.param("job", job)
			.param("least", (double) atLeast.toMillis() / 1000)
			.param("by", instance)
			.update();
	}

}
