package cn.xiaoan.education.rates;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import cn.xiaoan.shared.Caches;
import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A region's campaign figures (ADR 0060, 0064): a province's campaign covers every class
 * of the province, and the campaign page, its trend and every official's home page ask
 * for them. They go stale when older than {@code keep} (default a minute), or, once the
 * roll-up has folded new tallies, when older than {@code fresh} (default 10 s). A view of
 * stale figures gets them as they are while one background thread computes them again
 * (refresh-ahead), so an official's page never waits for a province's sums while a spike
 * runs, and they are never more than the bound plus one computation behind; only a region
 * nobody viewed for ten times {@code keep} is computed in the view. Nothing is kept when
 * {@code keep} is zero.
 */
final class RegionFiguresKept {

	private static final Logger log = LoggerFactory.getLogger(RegionFiguresKept.class);

	private final Cache<String, Kept> kept;

	private final long freshNanos;

	private final long keepNanos;

	private final Executor refresher;

	private final Set<String> refreshing = ConcurrentHashMap.newKeySet();

	/** {@link System#nanoTime()} when the roll-up last committed a fold. */
	private volatile long foldedAt = System.nanoTime();

	private record Kept(Object value, long at) {

	}

	RegionFiguresKept(MeterRegistry meters, Duration keep, Duration fresh, Executor refresher) {
		this.kept = Caches.expiring(meters, "education.targeted-rates", keep.multipliedBy(10), 10_000);
		this.keepNanos = keep.toNanos();
		this.freshNanos = fresh.toNanos();
		this.refresher = refresher;
	}

	/** The one daemon thread that computes stale figures again. */
	static Executor backgroundThread() {
		return Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "region-campaign-figures");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * The roll-up has folded new tallies: once committed, figures older than the
	 * freshness bound are stale.
	 */
	void folded() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			foldedAt = System.nanoTime();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				foldedAt = System.nanoTime();
			}
		});
	}

	@SuppressWarnings("unchecked")
	<T> T get(String key, Supplier<T> compute) {
		long now = System.nanoTime();
		Kept found = kept.getIfPresent(key);
		if (found == null) {
			T value = compute.get();
			kept.put(key, new Kept(value, now));
			return value;
		}
		boolean stale = now - found.at() >= keepNanos || (found.at() - foldedAt < 0 && now - found.at() >= freshNanos);
		if (stale && refreshing.add(key)) {
			try {
				refresher.execute(() -> refresh(key, compute));
			}
			catch (RuntimeException ex) {
				refreshing.remove(key);
				throw ex;
			}
		}
		return (T) found.value();
	}

	private void refresh(String key, Supplier<?> compute) {
		try {
			long at = System.nanoTime();
			kept.put(key, new Kept(compute.get(), at));
		}
		catch (RuntimeException ex) {
			log.warn("Could not compute the campaign figures {} again: {}", key, ex.toString());
		}
		finally {
			refreshing.remove(key);
		}
	}

}
