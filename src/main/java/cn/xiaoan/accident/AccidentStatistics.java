package cn.xiaoan.accident;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.Region;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.SchoolCalendar;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accident statistics of a school year in the caller's scope (or a region of it): by
 * kind, school type, age group (people hurt), month and region one level down — a
 * province's cities, a city's counties, a county's schools. Every table counts the same
 * accidents as the ledger filtered to the region and the year.
 */
@Service
@Transactional(readOnly = true)
class AccidentStatistics {

	/**
	 * One row of a table: {@code key} a message key (kinds, types, groups) or a name
	 * (regions, schools, months), {@code region} the drill-down target or null.
	 */
	public record Row(String key, boolean keyed, String region, Long school, long accidents, long hurt, long deaths,
			long serious, long late) {
	}

	public record Tables(int schoolYear, String region, String regionName, LocalDate from, LocalDate to, Row total,
			List<Row> byKind, List<Row> bySchoolType, List<Row> byAgeGroup, List<Row> byMonth, List<Row> byRegion) {

		public List<Row> table(String name) {
			return switch (name) {
				case "kind" -> byKind;
				case "schoolType" -> bySchoolType;
				case "ageGroup" -> byAgeGroup;
				case "month" -> byMonth;
				case "region" -> byRegion;
				default -> throw new cn.xiaoan.shared.BusinessRuleViolation("table", "accident.stats.tableUnknown");
			};
		}

	}

	private record Fact(String region, long school, String schoolType, AccidentKind kind, boolean serious,
			LocalDate day, long hurt, long deaths, boolean late) {
	}

	private final JdbcClient jdbc;

	private final AccidentLedger ledger;

	private final OrgManagement org;

	private final PolicyManagement policy;

	private final Clock clock;

	AccidentStatistics(JdbcClient jdbc, AccidentLedger ledger, OrgManagement org, PolicyManagement policy,
			Clock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.org = org;
		this.policy = policy;
		this.clock = clock;
	}

	Tables tables(String region, Integer schoolYear) {
		CurrentUser caller = Callers.current().require(AccidentManagement.ACCIDENT_READ);
		if (region != null && !region.isBlank()
				&& (!RegionCode.isValid(region) || !caller.scope().coversRegion(region))) {
			throw new cn.xiaoan.shared.AccessDenied("region outside the caller's scope");
		}
		String home = caller.scope().homeRegion();
		String at = region == null || region.isBlank() ? (home.isEmpty() ? "" : RegionCodes.full(home)) : region;
		String calendarRegion = at.isEmpty() ? "450000" : at;
		SchoolCalendar calendar = SchoolCalendar.at(policy.snapshot(), calendarRegion);
		int year = schoolYear != null && schoolYear > 1990 && schoolYear < 2200 ? schoolYear
				: calendar.schoolYearOf(LocalDate.now(clock)).startYear();
		var span = calendar.schoolYearOf(LocalDate.of(year, 12, 31));
		AccidentQuery q = new AccidentQuery(caller.atOneSchool() ? caller.scope().schoolId() : null,
				caller.atOneSchool() || at.isEmpty() ? null : at, null, null, null, null, span.start(), span.end(), 0);
		Map<String, Object> params = ledger.params(q);
		List<Fact> facts = jdbc.sql(AccidentRows.SELECT + AccidentLedger.WHERE)
			.params(params)
			.query((rs, n) -> new Fact(rs.getString("region_code"), rs.getLong("school_id"),
					rs.getString("school_type"), AccidentKind.valueOf(rs.getString("kind")),
					Severity.valueOf(rs.getString("severity")).serious(),
					rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(clock.getZone()).toLocalDate(),
					rs.getLong("hurt"), rs.getLong("deaths"), rs.getBoolean("late")))
			.list();
		Map<String, long[]> ages = new LinkedHashMap<>();
		for (AgeGroup g : AgeGroup.values()) {
			ages.put(g.messageKey(), new long[2]);
		}
		jdbc.sql("select v.age, v.injury from accident.victim v join (" + AccidentRows.SELECT + AccidentLedger.WHERE
				+ ") a on a.id = v.accident_id")
			.params(params)
			.query(rs -> {
				long[] c = ages.get(AgeGroup.of((Integer) rs.getObject(1)).messageKey());
				c[0]++;
				c[1] += "DEATH".equals(rs.getString(2)) ? 1 : 0;
			});
		List<Row> byAge = ages.entrySet()
			.stream()
			.map(e -> new Row(e.getKey(), true, null, null, 0, e.getValue()[0], e.getValue()[1], 0, 0))
			.toList();
		String regionName = at.isEmpty() ? "" : org.region(at).map(Region::name).orElse(at);
		return new Tables(year, at, regionName, span.start(), span.end(),
				sum(facts, new Row("accident.stats.total", true, null, null, 0, 0, 0, 0, 0)),
				group(facts, f -> f.kind().messageKey(), k -> keyed(k), kinds()),
				group(facts, f -> "school.type." + f.schoolType(), k -> keyed(k)), byAge,
				group(facts, f -> f.day().withDayOfMonth(1).toString().substring(0, 7),
						k -> new Row(k, false, null, null, 0, 0, 0, 0, 0)),
				byRegion(facts, caller, at));
	}

	private List<Row> byRegion(List<Fact> facts, CurrentUser caller, String at) {
		if (caller.atOneSchool()) {
			return List.of();
		}
		boolean county = !at.isEmpty() && RegionCode.of(at).level().compareTo(RegionCode.Level.COUNTY) >= 0;
		if (county) {
			Map<Long, String> names = new HashMap<>();
			return group(facts, f -> String.valueOf(f.school()), k -> {
				long id = Long.parseLong(k);
				String name = names.computeIfAbsent(id, s -> org.findSchool(s).map(SchoolSummary::name).orElse(""));
				return new Row(name, false, null, id, 0, 0, 0, 0, 0);
			});
		}
		List<Region> children = org.regionsInScope(at.isEmpty() ? null : at)
			.stream()
			.filter(r -> !r.retired() && (at.isEmpty() ? r.level() == RegionCode.Level.PROVINCE : true))
			.toList();
		List<Row> rows = new ArrayList<>();
		for (Region child : children) {
			String prefix = RegionCode.of(child.code()).prefix();
			List<Fact> under = facts.stream().filter(f -> f.region().startsWith(prefix)).toList();
			rows.add(sum(under, new Row(child.name(), false, child.code(), null, 0, 0, 0, 0, 0)));
		}
		return rows;
	}

	private static Row sum(List<Fact> facts, Row blank) {
		List<Row> rows = group(facts, f -> "", k -> blank);
		return rows.isEmpty() ? blank : rows.get(0);
	}

	private static Row keyed(String key) {
		return new Row(key, true, null, null, 0, 0, 0, 0, 0);
	}

	private static List<String> kinds() {
		return java.util.Arrays.stream(AccidentKind.values()).map(AccidentKind::messageKey).toList();
	}

	private static List<Row> group(List<Fact> facts, Function<Fact, String> key, Function<String, Row> blank) {
		return group(facts, key, blank, List.of());
	}

	/**
	 * Sums the facts by key; {@code always} keys get a row even with nothing to count.
	 */
	private static List<Row> group(List<Fact> facts, Function<Fact, String> key, Function<String, Row> blank,
			List<String> always) {
		Map<String, Row> rows = new LinkedHashMap<>();
		always.forEach(k -> rows.put(k, blank.apply(k)));
		for (Fact f : facts) {
			Row r = rows.computeIfAbsent(key.apply(f), blank);
			rows.put(key.apply(f),
					new Row(r.key(), r.keyed(), r.region(), r.school(), r.accidents() + 1, r.hurt() + f.hurt(),
							r.deaths() + f.deaths(), r.serious() + (f.serious() ? 1 : 0),
							r.late() + (f.late() ? 1 : 0)));
		}
		List<Row> list = new ArrayList<>(rows.values());
		return list;
	}

}
