package cn.xiaoan.shared;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CachesTests {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final AtomicInteger loads = new AtomicInteger();

	private String load(String key) {
		loads.incrementAndGet();
		return key + loads.get();
	}

	@Test
	void aValueIsServedFromTheCacheUntilItsTimeIsUp() throws InterruptedException {
		var cache = Caches.<String, String>expiring(meters, "t", Duration.ofMillis(150), 10);
		assertThat(cache.get("a", this::load)).isEqualTo("a1");
		assertThat(cache.get("a", this::load)).isEqualTo("a1");
		Thread.sleep(300);
		assertThat(cache.get("a", this::load)).isEqualTo("a2");
	}

	@Test
	void invalidatingAllMakesTheNextReadLoadAgain() {
		var cache = Caches.<String, String>expiring(meters, "t", Duration.ofMinutes(1), 10);
		cache.get("a", this::load);
		cache.invalidateAll();
		assertThat(cache.get("a", this::load)).isEqualTo("a2");
	}

	@Test
	void aLoaderAnsweringNullCachesNothingButAnEmptyOptionalIsKept() {
		var nulls = Caches.<String, String>expiring(meters, "n", Duration.ofMinutes(1), 10);
		assertThat(nulls.get("a", k -> null)).isNull();
		assertThat(nulls.getIfPresent("a")).isNull();
		var optionals = Caches.<String, Optional<String>>expiring(meters, "o", Duration.ofMinutes(1), 10);
		optionals.get("a", k -> Optional.empty());
		assertThat(optionals.getIfPresent("a")).isEmpty();
	}

	@Test
	void hitsAndMissesAreExportedPerCacheName() {
		var cache = Caches.<String, String>expiring(meters, "quiz.lessons", Duration.ofMinutes(1), 10);
		cache.get("a", this::load);
		cache.get("a", this::load);
		cache.get("a", this::load);
		assertThat(meters.get("cache.gets").tags("cache", "quiz.lessons", "result", "hit").functionCounter().count())
			.isEqualTo(2);
		assertThat(meters.get("cache.gets").tags("cache", "quiz.lessons", "result", "miss").functionCounter().count())
			.isEqualTo(1);
	}

}
