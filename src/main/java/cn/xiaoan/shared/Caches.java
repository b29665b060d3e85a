package cn.xiaoan.shared;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * In-memory caches for values that change rarely and may be seen stale for a fixed time
 * after they were loaded (seed content, policy values, a bearer token's account).
 * Caffeine (ADR 0053): an entry expires {@code ttl} after it was loaded, the least used
 * go first beyond {@code maxEntries}, and hits, misses and evictions are exported as
 * {@code cache.*} meters tagged with the cache's name. A loader answering null caches
 * nothing.
 */
public final class Caches {

	private Caches() {
	}

	public static <K, V> Cache<K, V> expiring(MeterRegistry meters, String name, Duration ttl, long maxEntries) {
		Cache<K, V> cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxEntries).recordStats().build();
		CaffeineCacheMetrics.monitor(meters, cache, name);
		return cache;
	}

	/**
	 * As {@link #expiring}, but an entry older than {@code refreshAfter} is shown as it
	 * is while it is loaded again in the background (refresh-ahead); one nobody asked for
	 * in ten times that long is dropped and loaded in the asking thread.
	 */
	public static <K, V> LoadingCache<K, V> refreshing(MeterRegistry meters, String name, Duration refreshAfter,
			long maxEntries, CacheLoader<K, V> loader) {
		LoadingCache<K, V> cache = Caffeine.newBuilder()
			.refreshAfterWrite(refreshAfter)
			.expireAfterWrite(refreshAfter.multipliedBy(10))
			.maximumSize(maxEntries)
			.recordStats()
			.build(loader);
		CaffeineCacheMetrics.monitor(meters, cache, name);
		return cache;
	}

}
