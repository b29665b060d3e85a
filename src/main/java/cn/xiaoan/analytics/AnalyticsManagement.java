package cn.xiaoan.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.xiaoan.hazard.HazardMonthCount;
import cn.xiaoan.hazard.HazardRollup;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hazard analysis for a bureau: the figures of a region or one of its schools over a
 * period, compared with the period before and last year, read from the hazard rollup and
 * from what the installations below keep ({@link FiguresElsewhere}). Only bureaus (and
 * the system administrator) analyse, each its own region and below.
 */
@Service
@Transactional(readOnly = true)
public class AnalyticsManagement {

	public static final Permission ANALYTICS_READ = Permission.grantedTo("ANALYTICS_READ", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER);

	private final HazardRollup rollup;

	private final OrgManagement org;

	private final Elsewhere elsewhere;

	private final AccidentsOfPeriod accidents;

	private final Clock clock;

	AnalyticsManagement(HazardRollup rollup, OrgManagement org, Elsewhere elsewhere, AccidentsOfPeriod accidents,
			Clock clock) {
		this.rollup = rollup;
		this.org = org;
		this.elsewhere = elsewhere;
		this.accidents = accidents;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * The region the caller analyses: {@code region} if given and within the caller's
	 * scope, else the caller's own; refused for schools and people outside bureaus.
	 */
	public String region(String region) {
		CurrentUser me = Callers.current().require(ANALYTICS_READ);
		DataScope scope = me.scope();
		if (scope.kind() != DataScope.Kind.REGION && scope.kind() != DataScope.Kind.ALL) {
			throw new AccessDenied("analytics is for bureaus");
		}
		if (region == null || region.isBlank()) {
			return scope.kind() == DataScope.Kind.ALL ? "" : RegionCode.fromPrefix(scope.regionPrefix()).value();
		}
		if (!RegionCode.isValid(region) || !scope.coversRegion(RegionCode.of(region).prefix())) {
			throw new AccessDenied("region " + region + " is outside the caller's scope");
		}
		return region;
	}

	/**
	 * The analysis of {@code region} (or of one school in it) over {@code period},
	 * counting the hazards and accidents the installations below keep.
	 */
	public HazardAnalysis hazards(Period period, String region, Long schoolId) {
		String code = region(region);
		SchoolSummary school = null;
		String prefix = code.isEmpty() ? "" : RegionCode.of(code).prefix();
		if (schoolId != null) {
			school = org.school(schoolId);
			if (!school.regionCode().startsWith(prefix)) {
				throw new AccessDenied("school " + schoolId + " is not in region " + code);
			}
			prefix = school.regionCode().substring(0, 6);
		}
		Slice now = slice(prefix, school, period);
		Slice before = slice(prefix, school, period.previous());
		Slice lastYear = slice(prefix, school, period.sameLastYear());
		boolean schools = HazardRollup.unitsAreSchools(prefix);
		String name = school != null ? school.name()
				: code.isEmpty() ? "" : org.region(code).map(r -> r.name()).orElse(code);
		String scopeParam = school != null ? "schoolId=" + school.id() : code.isEmpty() ? "" : "region=" + code;
		List<String> sources = java.util.stream.Stream.of(now, before, lastYear)
			.flatMap(s -> s.elsewhere.stream())
			.map(FiguresElsewhere.HazardCount::source)
			.distinct()
			.sorted()
			.toList();
		return new HazardAnalysis(code, name, schoolId, period, now.figures, before.figures, lastYear.figures,
				byCategory(now, before, lastYear, period, scopeParam), byMonth(now, lastYear, period),
				school != null ? List.of() : byUnit(now, schools, period, code), schools,
				Links.ledger(period, scopeParam, null), accidents.of(prefix, schoolId, period), sources);
	}

	/**
	 * The counts of one period, those kept by the installations below (none for one
	 * school of this platform), and their figures.
	 */
	private record Slice(List<HazardMonthCount> counts, List<FiguresElsewhere.HazardCount> elsewhere, Figures figures) {
	}

	private Slice slice(String prefix, SchoolSummary school, Period period) {
		List<HazardMonthCount> counts = rollup.counts(prefix, period.from(), period.to());
		if (school != null) {
			String id = String.valueOf(school.id());
			counts = counts.stream().filter(c -> c.unit().equals(id)).toList();
			// the time-to-close histogram is kept per school only below a county
			return new Slice(counts, List.of(), Figures.of(counts, Map.of(), List.of()));
		}
		List<FiguresElsewhere.HazardCount> kept = elsewhere.hazards(prefix, period);
		return new Slice(counts, kept, Figures.of(counts,
				elsewhere.daysToClose(prefix, period, rollup.daysToClose(prefix, period.from(), period.to())), kept));
	}

	private static Map<String, Long> sumBy(Slice slice) {
		Map<String, Long> sums = new HashMap<>();
		slice.counts.forEach(c -> sums.merge(c.category(), c.hazards(), Long::sum));
		slice.elsewhere.forEach(c -> sums.merge(c.category(), c.hazards(), Long::sum));
		return sums;
	}

	private static List<HazardAnalysis.CategoryRow> byCategory(Slice now, Slice before, Slice lastYear, Period period,
			String scopeParam) {
		Map<String, Long> current = sumBy(now);
		Map<String, Long> previous = sumBy(before);
		Map<String, Long> last = sumBy(lastYear);
		Map<String, Long> kept = new HashMap<>();
		now.elsewhere.forEach(c -> kept.merge(c.category(), c.hazards(), Long::sum));
		List<String> categories = new ArrayList<>(current.keySet());
		previous.keySet().stream().filter(c -> !current.containsKey(c)).forEach(categories::add);
		last.keySet().stream().filter(c -> !categories.contains(c)).forEach(categories::add);
		return categories.stream()
			.map(c -> new HazardAnalysis.CategoryRow(c, current.getOrDefault(c, 0L), previous.getOrDefault(c, 0L),
					last.getOrDefault(c, 0L), Links.ledger(period, scopeParam, "category=" + c),
					kept.getOrDefault(c, 0L)))
			.sorted(Comparator.comparingLong(HazardAnalysis.CategoryRow::current)
				.thenComparingLong(HazardAnalysis.CategoryRow::previous)
				.reversed())
			.toList();
	}

	private static List<HazardAnalysis.MonthRow> byMonth(Slice now, Slice lastYear, Period period) {
		Map<LocalDate, long[]> months = new LinkedHashMap<>();
		period.monthStarts().forEach(m -> months.put(m, new long[5]));
		for (HazardMonthCount c : now.counts) {
			long[] m = months.get(c.month());
			m[0] += c.hazards();
			m[1] += c.done() ? c.hazards() : 0;
			m[2] += c.major() ? c.hazards() : 0;
		}
		for (FiguresElsewhere.HazardCount c : now.elsewhere) {
			long[] m = months.get(c.month());
			if (m != null) {
				m[0] += c.hazards();
				m[1] += c.done() ? c.hazards() : 0;
				m[2] += c.major() ? c.hazards() : 0;
				m[4] += c.hazards();
			}
		}
		for (HazardMonthCount c : lastYear.counts) {
			long[] m = months.get(c.month().plusYears(1));
			if (m != null) {
				m[3] += c.hazards();
			}
		}
		for (FiguresElsewhere.HazardCount c : lastYear.elsewhere) {
			long[] m = months.get(c.month().plusYears(1));
			if (m != null) {
				m[3] += c.hazards();
			}
		}
		return months.entrySet().stream().map(e -> {
			long[] m = e.getValue();
			return new HazardAnalysis.MonthRow(e.getKey(), m[0], m[1], m[2], m[3], m[4]);
		}).toList();
	}

	/** A unit's counts: found, done, major, of them kept elsewhere; and its source. */
	private static final class UnitCount {

		final long[] n = new long[4];

		String name;

		String source;

	}

	private List<HazardAnalysis.UnitRow> byUnit(Slice now, boolean schools, Period period, String code) {
		Map<String, UnitCount> units = new TreeMap<>();
		Map<String, String> names = schools ? schoolNames(code) : org.regionNames();
		if (!schools) {
			// every region one level down is shown, with none found as 0
			org.regionsInScope(code.isEmpty() ? null : code)
				.stream()
				.filter(r -> !r.retired() && !r.code().equals(code) && r.code().length() == 6)
				.filter(r -> code.isEmpty() ? r.code().endsWith("0000") : true)
				.forEach(r -> units.put(r.code(), new UnitCount()));
		}
		else {
			names.keySet().forEach(id -> units.put(id, new UnitCount()));
		}
		for (HazardMonthCount c : now.counts) {
			long[] u = units.computeIfAbsent(c.unit(), k -> new UnitCount()).n;
			u[0] += c.hazards();
			u[1] += c.done() ? c.hazards() : 0;
			u[2] += c.major() ? c.hazards() : 0;
		}
		for (FiguresElsewhere.HazardCount c : now.elsewhere) {
			UnitCount u = units.computeIfAbsent(c.unit(), k -> new UnitCount());
			u.n[0] += c.hazards();
			u.n[1] += c.done() ? c.hazards() : 0;
			u.n[2] += c.major() ? c.hazards() : 0;
			u.n[3] += c.hazards();
			u.source = c.source();
			if (c.unitName() != null && !names.containsKey(c.unit())) {
				u.name = c.unitName();
			}
		}
		return units.entrySet().stream().map(e -> {
			String key = e.getKey();
			UnitCount u = e.getValue();
			// a school of another installation: its records live there
			boolean theirs = schools && !names.containsKey(key);
			String param = schools ? "schoolId=" + key : "region=" + key;
			String href = theirs ? null
					: "/analytics?" + period.query() + (schools ? "&region=" + code + "&" : "&") + param;
			String name = u.name != null ? u.name : names.getOrDefault(key, key);
			return new HazardAnalysis.UnitRow(key, name, u.source, u.n[0], u.n[1], u.n[2], u.n[3], href,
					theirs ? null : Links.ledger(period, param, null));
		}).sorted(Comparator.comparingLong(HazardAnalysis.UnitRow::hazards).reversed()).toList();
	}

	/** The names of the schools of a county (or township), by id as text. */
	private Map<String, String> schoolNames(String code) {
		Map<String, String> names = new LinkedHashMap<>();
		for (int page = 0;; page++) {
			List<SchoolSummary> schools = org.searchSchools(new SchoolQuery("", null, code, page, 200, "code")).items();
			schools.forEach(s -> names.put(String.valueOf(s.id()), s.name()));
			if (schools.size() < 200) {
				return names;
			}
		}
	}

}
