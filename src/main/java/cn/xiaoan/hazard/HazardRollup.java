package cn.xiaoan.hazard;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's rollup by month found (ADR 0005), published for analytics (ADR 0055):
 * counts of a region's hazards found in whole months, one row per unit one level down
 * (city, county, then school), month, category, grade and open/done — read from the
 * rollup tables, never from the hazards; and the same counted straight from the hazards,
 * which the benchmark and the tests compare it with. Scope-checked like the ledger.
 */
@Service
@Transactional(readOnly = true)
public class HazardRollup {

	private static final Pattern REGION = Pattern.compile("[0-9]{0,9}");

	private final JdbcClient jdbc;

	HazardRollup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The counts of the hazards of {@code prefix} (a region-code prefix: "" all, "45"
	 * province, "4504" city, "450422" county) found in the months {@code from} to
	 * {@code to} (first days of months, both included).
	 */
	public List<HazardMonthCount> counts(String prefix, LocalDate from, LocalDate to) {
		String p = allowed(prefix);
		String table = p.length() >= 6 ? "tally_school" : "tally_county";
		return jdbc
			.sql("select " + unit(p, "t") + ", t.month, t.category, t.grade, " + LedgerTally.open("t")
					+ ", sum(t.hazards) from hazard." + table + " t where t.region_code like '" + p
					+ "%' and t.month between :f and :t group by 1, 2, 3, 4, 5 having sum(t.hazards) <> 0")
			.param("f", from.withDayOfMonth(1))
			.param("t", to.withDayOfMonth(1))
			.query((rs, n) -> new HazardMonthCount(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
					rs.getString(4), !rs.getBoolean(5), rs.getLong(6)))
			.list();
	}

	/** The same counts by the straightforward SQL over the hazards (benchmark, tests). */
	public List<HazardMonthCount> countsFromHazards(String prefix, LocalDate from, LocalDate to) {
		String p = allowed(prefix);
		return jdbc
			.sql("select " + unit(p, "h") + ", hazard.found_month(h.found_at), h.category, " + "coalesce(h.grade, ''), "
					+ LedgerTally.open("h") + ", count(*) from hazard.hazard h " + "where h.region_code like '" + p
					+ "%' and h.found_at >= cast(:f as timestamp) at time zone "
					+ "'Asia/Shanghai' and h.found_at < cast(:t as timestamp) at time zone 'Asia/Shanghai' "
					+ "group by 1, 2, 3, 4, 5")
			.param("f", from.withDayOfMonth(1))
			.param("t", to.withDayOfMonth(1).plusMonths(1))
			.query((rs, n) -> new HazardMonthCount(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
					rs.getString(4), !rs.getBoolean(5), rs.getLong(6)))
			.list();
	}

	/**
	 * Whole days from finding to closing of the hazards of {@code prefix} found in the
	 * months and closed since: days → hazards.
	 */
	public TreeMap<Integer, Long> daysToClose(String prefix, LocalDate from, LocalDate to) {
		String p = allowed(prefix);
		String table = p.length() >= 6 ? "close_days_school" : "close_days_county";
		TreeMap<Integer, Long> days = new TreeMap<>();
		jdbc.sql("select t.days, sum(t.hazards) from hazard." + table + " t where t.region_code like '" + p
				+ "%' and t.month between :f and :t group by 1 having sum(t.hazards) > 0")
			.param("f", from.withDayOfMonth(1))
			.param("t", to.withDayOfMonth(1))
			.query(rs -> {
				days.put(rs.getInt(1), rs.getLong(2));
			});
		return days;
	}

	/**
	 * Does the unit column hold school ids (a county or below) rather than region codes?
	 */
	public static boolean unitsAreSchools(String prefix) {
		return prefix.length() >= 6;
	}

	/** The prefix if the caller's scope covers the whole region, else refused. */
	private static String allowed(String prefix) {
		DataScope scope = Callers.current().require(Permission.HAZARD_READ).scope();
		if (prefix == null || !REGION.matcher(prefix).matches()) {
			throw new IllegalArgumentException("region prefix " + prefix);
		}
		boolean covered = scope.kind() == DataScope.Kind.ALL
				|| scope.kind() == DataScope.Kind.REGION && prefix.startsWith(scope.regionPrefix());
		if (!covered) {
			throw new AccessDenied("region " + prefix + " is outside the caller's scope");
		}
		return prefix;
	}

	/** The unit one level down, as the key of its rows. */
	private static String unit(String prefix, String alias) {
		return switch (prefix.length()) {
			case 0 -> "left(" + alias + ".region_code, 2) || '0000'";
			case 1, 2, 3 -> "left(" + alias + ".region_code, 4) || '00'";
			case 4, 5 -> "left(" + alias + ".region_code, 6)";
			default -> "cast(" + alias + ".school_id as varchar)";
		};
	}

}
