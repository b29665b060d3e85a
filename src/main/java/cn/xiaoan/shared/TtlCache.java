package cn.xiaoan.shared;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small in-memory cache whose entries expire a fixed time after they were loaded: for
 * values that change rarely and may be seen stale for that long (seed content, policy
 * values, a bearer token's account). Cleared whole when it grows beyond its bound.
 */
public final class TtlCache<K, V> {

	private record Entry<V>(V value, long expiresAt) {
	}

	private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

	private final long ttlNanos;

	private final int maxEntries;

	public TtlCache(Duration ttl, int maxEntries) {
		this.ttlNanos = ttl.toNanos();
		this.maxEntries = maxEntries;
	}

	/** The cached value, or the loader's (not cached when it answers null). */
	public V get(K key, Function<K, V> loader) {
		long now = System.nanoTime();
		Entry<V> entry = entries.get(key);
		if (entry != null && now - entry.expiresAt() < 0) {
			return entry.value();
		}
		V value = loader.apply(key);
		if (value != null) {
			if (entries.size() >= maxEntries) {
				entries.clear();
			}
			entries.put(key, new Entry<>(value, now + ttlNanos));
		}
		else {
			entries.remove(key);
		}
		return value;
	}

	public void clear() {
		entries.clear();
	}

}
