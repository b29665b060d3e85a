package cn.xiaoan.bullying;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics of the caller's scope: a bureau its region (counts only, whatever
 * level), the principal the school. The outcome in force counts the county's review.
 */
@Service
@Transactional(readOnly = true)
public class BullyingFigures {

	private static final String SCOPE = " where (cast(:s as bigint) is null or c.school_id = :s)"
			+ " and c.region_code like :p || '%'";

	/**
	 * A case ({@code c}) the assessment counts for a period: opened from {@code :from} to
	 * {@code :to} (Beijing days) and decided, or its decision due before {@code :today}.
	 * The figure and the school's filtered list both select by it.
	 */
	static final String DUE_IN_PERIOD = """
			c.opened_at >= cast(cast(:from as date) as timestamp) at time zone 'Asia/Shanghai'
			  and c.opened_at < cast(cast(:to as date) + 1 as timestamp) at time zone 'Asia/Shanghai'
			  and (c.decided_at is not null or c.decision_due < :today)""";

	/** A case decided on or before its due day (Beijing). */
	static final String ON_TIME = "(c.decided_at at time zone 'Asia/Shanghai')::date <= c.decision_due";

	private final JdbcClient jdbc;

	private final BullyingDeadlines deadlines;

	private final OrgManagement org;

	BullyingFigures(JdbcClient jdbc, BullyingDeadlines deadlines, OrgManagement org) {
		this.jdbc = jdbc;
		this.deadlines = deadlines;
		this.org = org;
	}

	public BullyingStatistics statistics() {
		CurrentUser caller = Callers.current().require(BullyingPermissions.BULLYING_COUNTS);
		Long school = caller.scope().sqlSchoolId();
		String prefix = caller.scope().sqlRegionPrefix();
		Map<BullyingKind, Long> byKind = new EnumMap<>(BullyingKind.class);
		for (BullyingKind k : BullyingKind.values()) {
			byKind.put(k, 0L);
		}
		grouped("coalesce(a.kind, c.kind)", "coalesce(a.is_bullying, c.is_bullying)", school, prefix)
			.forEach((k, v) -> byKind.put(BullyingKind.valueOf(k), v));
		Map<String, Long> byOutcome = new LinkedHashMap<>();
		BullyingStatistics.OUTCOMES.forEach(o -> byOutcome.put(o, 0L));
		byOutcome.putAll(grouped("""
				case when a.outcome = 'OVERTURNED' then 'OVERTURNED' when c.decided_at is null then 'PENDING'
				  when c.is_bullying then 'BULLYING' else 'NOT_BULLYING' end""", "true", school, prefix));
		Double mean = jdbc.sql("""
				select coalesce(avg(extract(epoch from c.decided_at - c.opened_at) / 86400.0), -1)
				from bullying.bullying_case c""" + SCOPE + " and c.decided_at is not null")
			.param("s", school)
			.param("p", prefix)
			.query(Double.class)
			.single();
		long total = grouped("'all'", "true", school, prefix).getOrDefault("all", 0L);
		return new BullyingStatistics(org.callerUnitName(), total, byKind,
				grouped("nullif(c.victim_grade, '')", "true", school, prefix),
				grouped("to_char(c.opened_at at time zone 'Asia/Shanghai', 'YYYY-MM')", "true", school, prefix),
				byOutcome, mean < 0 ? null : Math.round(mean * 10) / 10.0,
				overdue("c.school_id::text", "c.school_name", school, prefix),
				overdue("substr(c.region_code, 1, 6)", "substr(c.region_code, 1, 6)", school, prefix));
	}

	/**
	 * For supervision (督导) and other modules' overviews: the caller's scope's open cases,
	 * decisions past their deadline and appeals past their answer date — counts only.
	 */
	public Supervision supervision() {
		CurrentUser caller = Callers.current().require(BullyingPermissions.BULLYING_COUNTS);
		return jdbc.sql("""
				select count(*) filter (where c.state <> 'CLOSED'),
				  count(*) filter (where c.decided_at is null and c.decision_due < :today),
				  count(*) filter (where c.state = 'UNDER_REVIEW' and a.answered_at is null and a.answer_due < :today)
				from bullying.bullying_case c left join bullying.appeal a on a.case_id = c.id""" + SCOPE)
			.param("s", caller.scope().sqlSchoolId())
			.param("p", caller.scope().sqlRegionPrefix())
			.param("today", deadlines.today())
			.query((rs, n) -> new Supervision(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	/**
	 * For the assessment (督导考核), counts only: per school under {@code regionPrefix}
	 * (which the caller's scope must cover), the cases opened from {@code from} to
	 * {@code to} whose decision fell due by today or was made, and those decided on or
	 * before their due day (Beijing days). A school absent had no such case.
	 */
	public List<SchoolCases> bySchool(String regionPrefix, java.time.LocalDate from, java.time.LocalDate to) {
		CurrentUser caller = Callers.current().require(BullyingPermissions.BULLYING_COUNTS);
		if (!caller.scope().coversRegion(regionPrefix)) {
			throw new cn.xiaoan.shared.AccessDenied("the region lies outside the caller's scope");
		}
		return jdbc
			.sql("select c.school_id, count(*), count(*) filter (where " + ON_TIME + ")"
					+ " from bullying.bullying_case c where c.region_code like :p || '%' and " + DUE_IN_PERIOD
					+ " group by c.school_id")
			.param("p", regionPrefix)
			.param("from", from)
			.param("to", to)
			.param("today", deadlines.today())
			.query((rs, n) -> new SchoolCases(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
			.list();
	}

	/** A school's cases due in a period and those decided on time (counts only). */
	public record SchoolCases(long schoolId, int due, int onTime) {
	}

	/** Counts for supervision: open cases, late decisions, late review answers. */
	public record Supervision(long open, long lateDecisions, long lateReviews) {
	}

	private Map<String, Long> grouped(String key, String filter, Long school, String prefix) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select " + key + " as k, count(*) from bullying.bullying_case c"
				+ " left join bullying.appeal a on a.case_id = c.id" + SCOPE + " and (" + filter
				+ ") group by 1 having " + key + " is not null order by 1")
			.param("s", school)
			.param("p", prefix)
			.query(rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	private List<BullyingStatistics.Overdue> overdue(String code, String name, Long school, String prefix) {
		Map<String, String> regions = org.regionNames();
		return jdbc
			.sql("select " + code + ", min(" + name + "), count(*) filter (where c.state <> 'CLOSED'),"
					+ " count(*) filter (where c.decided_at is null and c.decision_due < :today)"
					+ " from bullying.bullying_case c" + SCOPE + " group by 1 order by 4 desc, 2")
			.param("s", school)
			.param("p", prefix)
			.param("today", deadlines.today())
			.query((rs, n) -> new BullyingStatistics.Overdue(rs.getString(1),
					regions.getOrDefault(rs.getString(2), rs.getString(2)), rs.getLong(3), rs.getLong(4)))
			.list();
	}

}
