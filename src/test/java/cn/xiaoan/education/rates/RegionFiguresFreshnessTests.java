package cn.xiaoan.education.rates;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A region's campaign figures are kept while the roll-up folds nothing; once it has
 * folded they are stale when older than the freshness bound, and stale figures are shown
 * while they are computed again (refresh-ahead, ADR 0064): a spike's folds every second
 * neither make every official's view recompute the province nor make one wait for it.
 */
class RegionFiguresFreshnessTests {

	private final AtomicInteger computed = new AtomicInteger();

	/** The background computation run in the viewing thread, so that the test sees it. */
	private TargetedRates rates(Duration keep) {
		return new TargetedRates(null, null, new SimpleMeterRegistry(), keep, Duration.ofMillis(300), Runnable::run);
	}

	private int view(TargetedRates rates) {
		return rates.kept("1|R:450000", computed::incrementAndGet);
	}

	@Test
	void keptWhileNothingIsFolded() throws InterruptedException {
		TargetedRates rates = rates(Duration.ofMinutes(1));
		assertThat(view(rates)).isEqualTo(1);
		Thread.sleep(400);
		assertThat(view(rates)).isEqualTo(1);
		assertThat(computed).hasValue(1);
	}

	@Test
	void afterAFoldStaleOnceOlderThanTheBoundAndShownWhileComputedAgain() throws InterruptedException {
		TargetedRates rates = rates(Duration.ofMinutes(1));
		assertThat(view(rates)).isEqualTo(1);
		rates.forget();
		assertThat(view(rates)).as("folded, but computed less than the bound ago").isEqualTo(1);
		assertThat(computed).hasValue(1);
		Thread.sleep(400);
		assertThat(view(rates)).as("stale: shown as it was, computed again behind the view").isEqualTo(1);
		assertThat(computed).hasValue(2);
		assertThat(view(rates)).as("the new figures").isEqualTo(2);
		Thread.sleep(400);
		assertThat(view(rates)).as("computed after the last fold").isEqualTo(2);
		assertThat(computed).hasValue(2);
	}

	@Test
	void olderThanTheCachePeriodComputedAgainEvenWithoutAFold() throws InterruptedException {
		TargetedRates rates = rates(Duration.ofMillis(300));
		assertThat(view(rates)).isEqualTo(1);
		Thread.sleep(400);
		assertThat(view(rates)).isEqualTo(1);
		assertThat(view(rates)).isEqualTo(2);
	}

	@Test
	void notKeptAtAllWithACachePeriodOfZero() {
		TargetedRates rates = rates(Duration.ZERO);
		assertThat(view(rates)).isEqualTo(1);
		assertThat(view(rates)).isEqualTo(2);
	}

}
