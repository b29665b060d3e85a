package cn.xiaoan.shared;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

}
