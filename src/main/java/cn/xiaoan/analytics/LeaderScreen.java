package cn.xiaoan.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The leader screen (领导驾驶舱) of a bureau: this quarter against the quarter before and last
 * year, and this year by month, category and unit below. Read from the rollup and kept
 * for {@link #FRESH} per region, so a wall of screens refreshing every minute costs one
 * computation a minute per bureau (ADR 0055); the page says when it was computed.
 */
@Component
class LeaderScreen {

	/** How long a computed screen is shown before it is computed again. */
	static final Duration FRESH = Duration.ofSeconds(60);

	private final AnalyticsManagement analytics;

	private final Clock clock;

	private final Map<String, Screen> cache = new ConcurrentHashMap<>();

	LeaderScreen(AnalyticsManagement analytics, Clock clock) {
		this.analytics = analytics;
		this.clock = clock;
	}

	/** What the screen shows, and when it was computed. */
	record Screen(HazardAnalysis quarter, HazardAnalysis year, LocalDateTime computedAt, Instant at) {
	}

	/**
	 * The screen of {@code region}, which the caller's scope has already been checked
	 * for.
	 */
	Screen of(String region) {
		Instant now = clock.instant();
		Screen cached = cache.get(region);
		if (cached != null && cached.at().plus(FRESH).isAfter(now)) {
			return cached;
		}
		LocalDate today = LocalDate.now(clock);
		Screen fresh = new Screen(analytics.hazards(Period.quarterOf(today), region, null),
				analytics.hazards(Period.year(today.getYear()), region, null), LocalDateTime.now(clock), now);
		cache.put(region, fresh);
		return fresh;
	}

}
