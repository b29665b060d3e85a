package cn.xiaoan.hazard;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.shared.Caches;
import cn.xiaoan.shared.DataScope;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The home page's weekly chart of open hazards per scope, kept
 * {@code xiaoan.hazard.weekly-chart-cache} (default a minute) and then computed again in
 * the background while the old one is shown (ADR 0064): it reads every open and recently
 * closed hazard of the scope with its history, which for a province was most of its
 * officials' home page (issue 16); a point of a weekly chart a minute late is not
 * visible. The headline figures beside it stay live. Not kept when set to 0. The caller
 * has checked the scope.
 */
@Component
class WeeklyOpenHazards {

	private final JdbcClient jdbc;

	private final LoadingCache<Key, List<OpenHazardsWeek>> kept;

	private record Key(DataScope scope, LocalDate today, int weeks) {

	}

	WeeklyOpenHazards(JdbcClient jdbc, MeterRegistry meters,
			@Value("${xiaoan.hazard.weekly-chart-cache:1m}") Duration keep) {
		this.jdbc = jdbc;
		this.kept = keep.isZero() ? null : Caches.refreshing(meters, "hazard.weekly-chart", keep, 1_000,
				key -> compute(key.scope(), key.today(), key.weeks()));
	}

	List<OpenHazardsWeek> of(DataScope scope, LocalDate today, int weeks) {
		return kept == null ? compute(scope, today, weeks) : kept.get(new Key(scope, today, weeks));
	}

	private List<OpenHazardsWeek> compute(DataScope scope, LocalDate today, int weeks) {
		return List.copyOf(new HazardTrends(jdbc).openByWeek(scope, today, weeks));
	}

}
