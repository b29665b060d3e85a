package cn.xiaoan.education.rates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.Rates;
import cn.xiaoan.education.homework.Campaigns;
import cn.xiaoan.org.UnitNames;
import cn.xiaoan.shared.ReadsReplica;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's rates for any unit in the caller's scope — region, school or class — with
 * the units directly below it, the daily trend, the students who have not finished and
 * the schools that have not assigned it. Counts every class the campaign targets
 * ({@link TargetedRates}) from the class tallies the roll-up keeps; the names of units
 * come from org's {@link UnitNames}, students' from people's roster
 * ({@link NonCompleters}), a page at a time. Internal: other modules and the pages go
 * through {@code EducationManagement}.
 */
@Service
@ReadsReplica
@Transactional(readOnly = true)
public class CampaignRates {

	private final JdbcClient jdbc;

	private final Campaigns campaigns;

	private final UnitScope units;

	private final TargetedRates targeted;

	private final RatesBelow below;

	private final CampaignTrend trend;

	private final SchoolCountsUp counts;

	private final NonCompleters nonCompleters;

	private final UnitNames unitNames;

	private final RemindersBelow remindersBelow;

	CampaignRates(JdbcClient jdbc, Campaigns campaigns, UnitScope units, TargetedRates targeted, RatesBelow below,
			CampaignTrend trend, SchoolCountsUp counts, NonCompleters nonCompleters, UnitNames unitNames,
			RemindersBelow remindersBelow) {
		this.remindersBelow = remindersBelow;
		this.trend = trend;
		this.counts = counts;
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.units = units;
		this.targeted = targeted;
		this.below = below;
		this.nonCompleters = nonCompleters;
		this.unitNames = unitNames;
	}

	/** The caller's own unit: a bureau's region, a school, a head teacher's class. */
	public String homeUnit() {
		return units.home();
	}

	/** Throws unless the unit lies in the caller's scope. */
	public void requireUnit(String unit) {
		units.require(unit);
	}

	/**
	 * The running campaigns that reach the caller, with the rates of the caller's own
	 * unit.
	 */
	public List<Rates.View> runningAtHome() {
		String home = homeUnit();
		if (home.equals("C:-1")) {
			return List.of(); // a teacher with no class yet
		}
		LocalDate today = LocalDate.now();
		return campaigns.campaigns()
			.stream()
			.filter(c -> c.runningOn(today))
			.limit(5)
			.map(c -> view(c.id(), home))
			.toList();
	}

	/**
	 * The unit's rates and those of every unit directly below it that the campaign
	 * targets, those that have not assigned it first, then lowest completion first.
	 */
	public Rates.View view(long campaignId, String unit) {
		Campaign campaign = campaigns.campaign(campaignId);
		units.require(unit);
		Map<String, TargetedRates.Figures> figures = new HashMap<>(targeted.of(campaign, unit));
		RatesBelow.Added fromBelow = below.add(campaignId, unit, figures);
		Rates self = figures.containsKey(unit) ? figures.get(unit).rates() : new Rates(unit, "", 0, 0, 0, 0, 0, 0, 0);
		Map<String, Rates.Coverage> coverage = new HashMap<>();
		figures.forEach((u, f) -> coverage.put(u, f.coverage()));
		List<Rates> children = figures.values()
			.stream()
			.map(TargetedRates.Figures::rates)
			.filter(r -> !r.unit().equals(unit))
			.sorted(java.util.Comparator.comparing((Rates r) -> !coverage.get(r.unit()).unassigned())
				.thenComparingDouble(Rates::completion)
				.thenComparing(Rates::unit))
			.toList();
		Map<String, String> names = new HashMap<>(fromBelow.names());
		names.putAll(names(unit, children));
		return new Rates.View(campaign, named(self, names), children.stream().map(r -> named(r, names)).toList(),
				parentOf(unit), coverage, fromBelow.sources());
	}

	/**
	 * The targeted schools within the unit that have not assigned the campaign (未布置).
	 */
	public List<Rates.Unassigned> unassignedSchools(long campaignId, String unit) {
		Campaign campaign = campaigns.campaign(campaignId);
		units.require(unit);
		List<Rates.Unassigned> unassigned = new ArrayList<>(targeted.unassignedSchools(campaign, unit));
		below.within(campaignId, unit)
			.stream()
			.filter(s -> s.classes() > 0 && s.classesAssigned() == 0)
			.forEach(s -> unassigned.add(new Rates.Unassigned(-1, s.name(),
					s.regionNames().getOrDefault(s.regionCode().substring(0, 6), ""), s.targeted(), null, s.source())));
		return unassigned;
	}

	/**
	 * Every school the campaign targets here with all its figures and days, for the
	 * installation above (ADR 0069, 0079).
	 */
	public List<cn.xiaoan.education.SchoolCount> schoolCounts(Campaign campaign) {
		return counts.schools(campaign);
	}

	/**
	 * Cumulative rates at the end of each day of the campaign so far, with the schools
	 * below that sent their days (ADR 0079).
	 */
	public Rates.Trend trend(long campaignId, String unit) {
		Campaign campaign = campaigns.campaign(campaignId);
		units.require(unit);
		return trend.of(campaign, unit);
	}

	/**
	 * Students of a school or class unit who have not finished the campaign (500 at
	 * most).
	 */
	public List<Rates.NonCompleter> nonCompleters(long campaignId, String unit) {
		campaigns.campaign(campaignId);
		units.require(unit);
		if (unit.startsWith("R:")) {
			return List.of();
		}
		return nonCompleters.of(campaignId, unit);
	}

	/**
	 * The schools of the installations below within a region unit that have not finished
	 * the campaign (ADR 0084), counted as its rates rows count them.
	 */
	public List<Rates.SchoolBehindBelow> schoolsBehindBelow(long campaignId, String unit) {
		campaigns.campaign(campaignId);
		units.require(unit);
		return remindersBelow.schools(campaignId, unit);
	}

	/** The unit above, if the caller may go there. */
	private String parentOf(String unit) {
		String parent = units.parent(unit);
		if (parent == null) {
			return null;
		}
		try {
			units.require(parent);
			return parent;
		}
		catch (cn.xiaoan.shared.AccessDenied | cn.xiaoan.shared.NotFound ex) {
			return null;
		}
	}

	/**
	 * The names of the unit and its children: one query for each kind present (a region's
	 * children are regions or schools, a school's are classes).
	 */
	private Map<String, String> names(String unit, List<Rates> children) {
		List<String> all = new ArrayList<>(children.stream().map(Rates::unit).toList());
		all.add(unit);
		Map<String, String> names = new HashMap<>();
		unitNames.regions(keys(all, 'R')).forEach((code, name) -> names.put("R:" + code, name));
		unitNames.schools(keys(all, 'S').stream().map(Long::valueOf).toList())
			.forEach((id, name) -> names.put("S:" + id, name));
		unitNames.classes(keys(all, 'C').stream().map(Long::valueOf).toList())
			.forEach((id, name) -> names.put("C:" + id, name));
		return names;
	}

	private static List<String> keys(List<String> units, char kind) {
		return units.stream().filter(u -> u.charAt(0) == kind).map(u -> u.substring(2)).toList();
	}

	private static Rates named(Rates r, Map<String, String> names) {
		return new Rates(r.unit(), names.getOrDefault(r.unit(), r.unit()), r.assigned(), r.participated(),
				r.completed(), r.took(), r.passed(), r.parentDone(), r.parentAsked());
	}

	/**
	 * The figures of every school under a region prefix that the campaign targets:
	 * targeted students, completed, took the quiz, passed (for the assessment's scores).
	 */
	public Map<Long, int[]> bySchool(Campaign campaign, String within) {
		return targeted.bySchool(campaign, within);
	}

}
