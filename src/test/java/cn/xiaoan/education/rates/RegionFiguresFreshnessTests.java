package cn.xiaoan.education.rates;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A region's campaign figures are kept while the roll-up folds nothing, and once it has
 * folded they are at most the freshness bound behind: a spike's folds every second do not
 * make every official's view recompute the province (issue 16).
 */
class RegionFiguresFreshnessTests {

	private final AtomicInteger computed = new AtomicInteger();

	private final TargetedRates rates = new TargetedRates(null, new SimpleMeterRegistry(), Duration.ofMinutes(1),
			Duration.ofMillis(300));

	private int view() {
		return rates.kept("1|R:450000", computed::incrementAndGet);
	}

	@Test
	void keptWhileNothingIsFolded() throws InterruptedException {
		assertThat(view()).isEqualTo(1);
		Thread.sleep(400);
		assertThat(view()).isEqualTo(1);
	}

	@Test
	void afterAFoldKeptOnlyUntilTheFreshnessBoundThenComputedAgain() throws InterruptedException {
		assertThat(view()).isEqualTo(1);
		rates.forget();
		assertThat(view()).as("folded, but computed less than the bound ago").isEqualTo(1);
		Thread.sleep(400);
		assertThat(view()).as("folded after it was computed, and older than the bound").isEqualTo(2);
		Thread.sleep(400);
		assertThat(view()).as("computed after the last fold").isEqualTo(2);
	}

}
