package cn.xiaoan.education.rates;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rate rollup's backlog as a meter ({@code xiaoan.rollup.pending}, tag
 * {@code rollup=education.rates}): deltas appended but not yet folded. Read from the
 * primary key's ends (two index probes), so a scrape costs nothing even with a large
 * backlog; an upper bound, as the ids have gaps. With the rollup's
 * {@code xiaoan.job.since.success} it tells a stuck rollup (lag grows) from a slow one
 * (backlog grows).
 */
@Component
class RollupBacklog {

	RollupBacklog(JdbcClient jdbc, MeterRegistry meters) {
		Gauge.builder("xiaoan.rollup.pending", jdbc, RollupBacklog::pending)
			.description("Rate deltas waiting to be folded into the tallies (upper bound)")
			.tag("rollup", "education.rates")
			.register(meters);
	}

	private static double pending(JdbcClient jdbc) {
		return jdbc.sql("select coalesce(max(id) - min(id) + 1, 0) from education.rate_delta")
			.query(Long.class)
			.single();
	}

}
