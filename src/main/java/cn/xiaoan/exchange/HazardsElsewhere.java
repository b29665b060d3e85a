package cn.xiaoan.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.xiaoan.hazard.EscalationLevel;
import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardStatus;
import cn.xiaoan.hazard.LedgerElsewhere;
import cn.xiaoan.hazard.OpenHazardsWeek;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.SafetyCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static cn.xiaoan.exchange.MirroredSupervision.parse;

/**
 * The mirrored hazards of the lower installations inside the hazard ledger of the bureau
 * above (read-only, with the installation they come from, their state as last sent) and
 * counted into its figures, through the ledger's extension point: the ledger names none
 * of the exchange's tables and does not depend on it. A page, its count and its figures
 * select by one condition, so each figure is the count of the list its card opens. The
 * source shown is the installation a hazard lives at, also when a middle installation
 * forwarded it (ADR 0068).
 */
@Component
class HazardsElsewhere implements LedgerElsewhere {

	/** Neither verified nor closed by the state last sent (an unknown status is open). */
	static final String OPEN = "h.status not in ('VERIFIED', 'CLOSED')";

	/**
	 * The deadline that counts: the hazard's, or its 督办's when that is earlier (as below,
	 * where listing shortens the hazard's deadline); null while neither was sent.
	 */
	static final String DEADLINE = "least(h.deadline, h.supervision_deadline)";

	/** Open past its deadline (Beijing days); a deadline not yet sent is not past. */
	static final String OVERDUE = "(" + OPEN + " and coalesce(" + DEADLINE + " < :today, false))";

	/**
	 * Under 挂牌督办 (督办中) by the state last sent: listed and not closed, as the ledger below
	 * counts it.
	 */
	static final String SUPERVISED = "(h.supervised_level is not null and h.status <> 'CLOSED')";

	/**
	 * The filter of a page, its count and its figures alike: region, category, Beijing
	 * days found, and the state.
	 */
	static final String WHERE = """
			h.region_code like :prefix || '%' and (cast(:category as varchar) is null or h.category = :category)
			  and (cast(:from as date) is null
			       or h.reported_at >= cast(cast(:from as date) as timestamp) at time zone 'Asia/Shanghai')
			  and (cast(:to as date) is null
			       or h.reported_at < cast(cast(:to as date) + 1 as timestamp) at time zone 'Asia/Shanghai')
			  and (cast(:status as varchar) is null or h.status = :status)
			  and (cast(:grade as varchar) is null or h.grade = :grade)
			""" + " and (cast(:open as boolean) is null or :open = (" + OPEN + "))"
			+ " and (cast(:overdue as boolean) is null or :overdue = " + OVERDUE + ")"
			+ " and (cast(:supervised as boolean) is null or :supervised = " + SUPERVISED + ") ";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final MirrorTally tally;

	private final MirrorOpenDays openDays;

	private final MirroredSupervision supervision;

	HazardsElsewhere(JdbcClient jdbc, Clock clock, MirrorTally tally, MirrorOpenDays openDays,
			MirroredSupervision supervision) {
		this.supervision = supervision;
		this.jdbc = jdbc;
		this.clock = clock;
		this.tally = tally;
		this.openDays = openDays;
	}

	/** The weekly chart's points of the mirror, from its rollup by day (ADR 0075). */
	@Override
	@Transactional(readOnly = true)
	public List<OpenHazardsWeek> openAt(List<LocalDate> days, LocalDate today) {
		String prefix = prefix(null);
		return prefix == null || days.isEmpty() ? List.of() : openDays.openAt(prefix, days, today);
	}

	/**
	 * The 督办 page's rows from below: by the ledger's 督办 filter, so exactly those
	 * {@link #count} counts for it (ADR 0078), or also the closed ones.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<Supervised> supervised(boolean withClosed) {
		Callers.current().require(Permission.HAZARD_SUPERVISE);
		Map<String, Object> params = params(withClosed ? Filter.of("", null, null, null)
				: new Filter("", null, null, null, null, null, null, null, true));
		return params == null ? List.of() : supervision.list(params, withClosed);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Row> newest(Filter filter, int offset, int limit) {
		Map<String, Object> params = params(filter);
		if (params == null) {
			return List.of();
		}
		LocalDate today = LocalDate.now(clock);
		return jdbc
			.sql("select h.origin_name, h.number, h.school_name, h.region_code, h.category, h.grade,"
					+ " h.reported_at, h.status, " + DEADLINE + ", " + SUPERVISED + ", h.escalation"
					+ " from exchange.mirrored_hazard h where " + WHERE
					+ " order by h.reported_at desc, h.origin, h.hazard_id desc offset :skip limit :n")
			.params(params)
			.param("skip", Math.max(0, offset))
			.param("n", Math.max(1, Math.min(limit, 200)))
			.query((rs, n) -> {
				HazardStatus status = parse(HazardStatus.class, rs.getString(8));
				LocalDate deadline = rs.getObject(9, LocalDate.class);
				boolean open = !"VERIFIED".equals(rs.getString(8)) && !"CLOSED".equals(rs.getString(8));
				return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						parse(SafetyCategory.class, rs.getString(5)), parse(HazardGrade.class, rs.getString(6)),
						rs.getObject(7, OffsetDateTime.class), status, deadline,
						open && deadline != null && deadline.isBefore(today), rs.getBoolean(10),
						parse(EscalationLevel.class, rs.getString(11)));
			})
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public long count(Filter filter) {
		Map<String, Object> params = params(filter);
		if (params == null) {
			return 0;
		}
		if (MirrorTally.serves(filter)) {
			return tally.count(params);
		}
		return jdbc.sql("select count(*) from exchange.mirrored_hazard h where " + WHERE)
			.params(params)
			.query(Long.class)
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public Figures figures(Filter filter) {
		Map<String, Object> params = params(filter);
		if (params == null) {
			return Figures.NONE;
		}
		if (MirrorTally.serves(filter)) {
			Figures counted = tally.figures(params);
			long overdue = jdbc
				.sql("select count(*) from exchange.mirrored_hazard h where " + WHERE + " and " + OVERDUE)
				.params(params)
				.query(Long.class)
				.single();
			return new Figures(counted.hazards(), counted.open(), counted.major(), overdue, counted.fixed());
		}
		return jdbc.sql("select count(*), count(*) filter (where " + OPEN
				+ "), count(*) filter (where h.grade = 'MAJOR'), count(*) filter (where " + OVERDUE
				+ "), count(*) filter (where h.status in ('VERIFIED', 'CLOSED')) from exchange.mirrored_hazard h where "
				+ WHERE)
			.params(params)
			.query((rs, n) -> new Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Unit> figuresByRegion(Filter filter, int digits) {
		Map<String, Object> params = params(filter);
		if (params == null || digits != 2 && digits != 4 && digits != 6) {
			return Map.of();
		}
		if (MirrorTally.serves(filter)) {
			return tally.figuresByRegion(params, digits);
		}
		Map<String, Unit> units = new HashMap<>();
		jdbc.sql(
				"select rpad(substr(h.region_code, 1, :digits), 6, '0'), min(h.origin_name), count(*), count(*) filter (where "
						+ OPEN + "), count(*) filter (where h.grade = 'MAJOR'), count(*) filter (where " + OVERDUE
						+ "), count(*) filter (where h.status in ('VERIFIED', 'CLOSED'))"
						+ " from exchange.mirrored_hazard h where " + WHERE + " group by 1")
			.params(params)
			.param("digits", digits)
			.query(rs -> {
				units.put(rs.getString(1), new Unit(rs.getString(2),
						new Figures(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7))));
			});
		return units;
	}

	/**
	 * Whole days from reporting to closing (the report goes up when the hazard is found),
	 * floored as the ledger's rollup keeps its own.
	 */
	@Override
	@Transactional(readOnly = true)
	public Map<String, Map<Integer, Long>> daysToClose(Filter filter, int digits) {
		Map<String, Object> params = params(filter);
		if (params == null || digits != 2 && digits != 4 && digits != 6) {
			return Map.of();
		}
		if (MirrorTally.servesDays(filter)) {
			return tally.daysToClose(params, digits);
		}
		Map<String, Map<Integer, Long>> units = new HashMap<>();
		jdbc.sql("select rpad(substr(h.region_code, 1, :digits), 6, '0'),"
				+ " greatest(0, cast(floor(extract(epoch from h.closed_at - h.reported_at) / 86400) as integer)),"
				+ " count(*) from exchange.mirrored_hazard h where " + WHERE
				+ " and h.closed_at is not null group by 1, 2")
			.params(params)
			.param("digits", digits)
			.query(rs -> {
				units.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
					.merge(rs.getInt(2), rs.getLong(3), Long::sum);
			});
		return units;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SchoolOverdue> mostOverdue(int limit) {
		Map<String, Object> params = params(new Filter("", null, null, null, null, null, null, true, null));
		if (params == null) {
			return List.of();
		}
		return jdbc
			.sql("select min(h.origin_name), min(h.school_name), min(h.region_code), count(*)"
					+ " from exchange.mirrored_hazard h where " + WHERE
					+ " group by h.origin, h.school_id order by 4 desc, 2 limit :n")
			.params(params)
			.param("n", Math.max(1, Math.min(limit, 200)))
			.query((rs, n) -> new SchoolOverdue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
	}

	/** The filter's parameters within the caller's scope; null for one who sees none. */
	private Map<String, Object> params(Filter filter) {
		String prefix = prefix(filter.regionPrefix());
		if (prefix == null) {
			return null;
		}
		Map<String, Object> p = new HashMap<>();
		p.put("prefix", prefix);
		p.put("category", filter.category() == null ? null : filter.category().name());
		p.put("from", filter.from());
		p.put("to", filter.to());
		p.put("status", filter.status() == null ? null : filter.status().name());
		p.put("grade", filter.grade() == null ? null : filter.grade().name());
		p.put("open", filter.open());
		p.put("overdue", filter.overdue());
		p.put("supervised", filter.supervised());
		p.put("today", LocalDate.now(clock));
		return p;
	}

	/**
	 * The region prefix read: the one asked when within the caller's scope, else the
	 * whole scope; null for a caller who is not a bureau.
	 */
	private static String prefix(String regionPrefix) {
		CurrentUser caller = Callers.current().require(Permission.HAZARD_READ);
		DataScope scope = caller.scope();
		if (scope.kind() != DataScope.Kind.REGION && scope.kind() != DataScope.Kind.ALL) {
			return null;
		}
		String own = scope.sqlRegionPrefix();
		return regionPrefix != null && regionPrefix.startsWith(own) ? regionPrefix : own;
	}

}
