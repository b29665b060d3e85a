package cn.xiaoan.bullying;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-client limits of the public form and the code lookup, counted in fixed windows in
 * PostgreSQL (so two app instances share them). The client is a hash of its address: no
 * address is stored. A lookup limit far below the code space makes guessing codes futile.
 */
@Component
class RateLimits {

	enum Bucket {

		/** Public reports: 5 an hour. */
		REPORT(5, Duration.ofHours(1)),
		/** Code lookups: 10 in ten minutes. */
		LOOKUP(10, Duration.ofMinutes(10));

		final int limit;

		final Duration window;

		Bucket(int limit, Duration window) {
			this.limit = limit;
			this.window = window;
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	RateLimits(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Counts the hit; false when the client is over the limit of its window. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	boolean admit(Bucket bucket, String clientAddress) {
		long seconds = bucket.window.toSeconds();
		long now = Instant.now(clock).getEpochSecond();
		OffsetDateTime window = OffsetDateTime.ofInstant(Instant.ofEpochSecond(now - now % seconds), ZoneOffset.UTC);
		int hits = jdbc.sql("""
				insert into bullying.rate_hit (bucket, client, window_start, hits) values (:b, :c, :w, 1)
				on conflict (bucket, client, window_start) do update set hits = bullying.rate_hit.hits + 1
				returning hits""")
			.param("b", bucket.name())
			.param("c", sha256(clientAddress == null ? "" : clientAddress))
			.param("w", window)
			.query(Integer.class)
			.single();
		return hits <= bucket.limit;
	}

	/** Forgets windows older than a day. */
	@Transactional
	int prune() {
		return jdbc.sql("delete from bullying.rate_hit where window_start < :t")
			.param("t", OffsetDateTime.now(clock).minusDays(1))
			.update();
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
