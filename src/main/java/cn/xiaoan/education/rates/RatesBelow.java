package cn.xiaoan.education.rates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.education.DailyCount;
import cn.xiaoan.education.Rates;
import cn.xiaoan.education.RatesElsewhere;
import cn.xiaoan.shared.RegionCode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The schools of the installations below (ADR 0069) in a region unit's figures: each adds
 * to the unit's totals and to the unit directly below it on its chain (its township or
 * county, or itself as a row {@code E:<key>} when the unit is its own region), as a local
 * school does up {@code education.rate_units}. A unit they add to is marked with where
 * its figures come from; a region the tree here does not know is named as the
 * installation below names it; a region unit's trend adds what they did each day (ADR
 * 0079). Without installations below nothing changes.
 */
@Component
class RatesBelow {

	/** The rows a region unit's figures gained from below: their sources and names. */
	record Added(Map<String, String> sources, Map<String, String> names) {

		static final Added NONE = new Added(Map.of(), Map.of());

	}

	private final ObjectProvider<RatesElsewhere> elsewhere;

	RatesBelow(ObjectProvider<RatesElsewhere> elsewhere) {
		this.elsewhere = elsewhere;
	}

	/** The schools kept elsewhere within a region unit; none for a school or class. */
	List<RatesElsewhere.School> within(long campaignId, String unit) {
		if (!unit.startsWith("R:")) {
			return List.of();
		}
		String prefix = RegionCode.of(unit.substring(2)).prefix();
		return elsewhere.orderedStream().flatMap(e -> e.schools(campaignId, prefix).stream()).toList();
	}

	/**
	 * What the schools kept elsewhere within a region unit add to its trend (ADR 0079):
	 * their days summed, the 应参与 and parents asked of those that sent days, the
	 * installations they come from, and how many sent totals only.
	 */
	record Daily(List<DailyCount> days, int assigned, int parentAsked, List<String> sources, int leftOut) {

		static final Daily NONE = new Daily(List.of(), 0, 0, List.of(), 0);

	}

	/**
	 * The daily figures kept elsewhere within a region unit; none for a school or class.
	 */
	Daily daily(long campaignId, String unit) {
		List<RatesElsewhere.School> schools = within(campaignId, unit);
		if (schools.isEmpty()) {
			return Daily.NONE;
		}
		String prefix = RegionCode.of(unit.substring(2)).prefix();
		int assigned = 0;
		int asked = 0;
		int leftOut = 0;
		Set<String> sources = new LinkedHashSet<>();
		for (RatesElsewhere.School s : schools) {
			if (!s.daily()) {
				leftOut++;
				continue;
			}
			assigned += s.targeted();
			asked += s.parentAsked();
			sources.add(s.source());
		}
		List<DailyCount> days = sources.isEmpty() ? List.of()
				: elsewhere.orderedStream().flatMap(e -> e.days(campaignId, prefix).stream()).toList();
		return new Daily(days, assigned, asked, List.copyOf(sources), leftOut);
	}

	/**
	 * Adds the schools kept elsewhere within a region unit into {@code figures} (the
	 * unit's and its children's, changed in place).
	 */
	Added add(long campaignId, String unit, Map<String, TargetedRates.Figures> figures) {
		List<RatesElsewhere.School> schools = within(campaignId, unit);
		if (schools.isEmpty()) {
			return Added.NONE;
		}
		Map<String, Set<String>> sources = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		for (RatesElsewhere.School s : schools) {
			List<String> chain = chain(s);
			int at = chain.indexOf(unit);
			if (at < 1) {
				continue;
			}
			String child = chain.get(at - 1);
			TargetedRates.Figures own = figuresOf(s);
			figures.merge(unit, as(unit, own), RatesBelow::plus);
			figures.merge(child, as(child, own), RatesBelow::plus);
			sources.computeIfAbsent(child, c -> new LinkedHashSet<>()).add(s.source());
			names.putIfAbsent(child,
					child.startsWith("E:") ? s.name() : s.regionNames().getOrDefault(child.substring(2), s.source()));
			String self = s.regionNames().get(unit.substring(2));
			if (self != null && !self.isBlank()) {
				names.putIfAbsent(unit, self);
			}
		}
		Map<String, String> joined = new HashMap<>();
		sources.forEach((u, from) -> joined.put(u, String.join(", ", from)));
		return new Added(joined, names);
	}

	/**
	 * The units a school below counts towards, bottom up, as {@code education.rate_units}
	 * chains a local school.
	 */
	static List<String> chain(RatesElsewhere.School s) {
		String region = s.regionCode();
		String county = region.substring(0, 6);
		Set<String> chain = new LinkedHashSet<>();
		chain.add("E:" + s.key());
		chain.add("R:" + region);
		chain.add("R:" + county);
		if (!county.substring(4, 6).equals("00")) {
			chain.add("R:" + county.substring(0, 4) + "00");
		}
		if (!county.substring(2, 4).equals("00")) {
			chain.add("R:" + county.substring(0, 2) + "0000");
		}
		return new ArrayList<>(chain);
	}

	private static TargetedRates.Figures figuresOf(RatesElsewhere.School s) {
		return new TargetedRates.Figures(
				new Rates("E:" + s.key(), s.name(), s.targeted(), s.participated(), s.completed(), s.took(), s.passed(),
						s.parentDone(), s.parentAsked()),
				new Rates.Coverage(1, s.classesAssigned() > 0 ? 1 : 0, s.classes(), s.classesAssigned()));
	}

	/** The figures under another unit's key. */
	private static TargetedRates.Figures as(String unit, TargetedRates.Figures f) {
		Rates r = f.rates();
		return new TargetedRates.Figures(new Rates(unit, r.name(), r.assigned(), r.participated(), r.completed(),
				r.took(), r.passed(), r.parentDone(), r.parentAsked()), f.coverage());
	}

	private static TargetedRates.Figures plus(TargetedRates.Figures a, TargetedRates.Figures b) {
		Rates x = a.rates();
		Rates y = b.rates();
		Rates.Coverage c = a.coverage();
		Rates.Coverage d = b.coverage();
		return new TargetedRates.Figures(
				new Rates(x.unit(), x.name(), x.assigned() + y.assigned(), x.participated() + y.participated(),
						x.completed() + y.completed(), x.took() + y.took(), x.passed() + y.passed(),
						x.parentDone() + y.parentDone(), x.parentAsked() + y.parentAsked()),
				new Rates.Coverage(c.schools() + d.schools(), c.schoolsAssigned() + d.schoolsAssigned(),
						c.classes() + d.classes(), c.classesAssigned() + d.classesAssigned()));
	}

}
