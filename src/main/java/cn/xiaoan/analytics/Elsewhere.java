package cn.xiaoan.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.xiaoan.hazard.HazardRollup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Asks every {@link FiguresElsewhere} (none on a single installation) for the hazards and
 * accidents of a slice that other installations keep, grouped at the same unit level as
 * the hazard rollup's units.
 */
@Component
class Elsewhere {

	private final ObjectProvider<FiguresElsewhere> sources;

	Elsewhere(ObjectProvider<FiguresElsewhere> sources) {
		this.sources = sources;
	}

	List<FiguresElsewhere.HazardCount> hazards(String prefix, Period period) {
		int digits = unitDigits(prefix);
		List<FiguresElsewhere.HazardCount> all = new ArrayList<>();
		sources.orderedStream().forEach(s -> all.addAll(s.hazards(prefix, digits, period.from(), period.to())));
		return all;
	}

	/** The histogram days → hazards closed below, added into {@code days}. */
	TreeMap<Integer, Long> daysToClose(String prefix, Period period, Map<Integer, Long> days) {
		TreeMap<Integer, Long> all = new TreeMap<>(days);
		sources.orderedStream()
			.forEach(s -> s.daysToClose(prefix, period.from(), period.to())
				.forEach((d, n) -> all.merge(d, n, Long::sum)));
		return all;
	}

	List<FiguresElsewhere.AccidentCount> accidents(String prefix, Period period) {
		List<FiguresElsewhere.AccidentCount> all = new ArrayList<>();
		sources.orderedStream().forEach(s -> all.addAll(s.accidents(prefix, period.from(), period.to())));
		return all;
	}

	/**
	 * The digits of a region code that name a unit one level below {@code prefix}, as the
	 * rollup's units: provinces of the platform, cities of a province, counties of a
	 * city; 0 (schools) from a county down.
	 */
	static int unitDigits(String prefix) {
		return HazardRollup.unitsAreSchools(prefix) ? 0 : prefix.length() + 2;
	}

}
