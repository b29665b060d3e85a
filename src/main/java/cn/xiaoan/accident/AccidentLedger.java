package cn.xiaoan.accident;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.Page;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accident ledger (事故台账) of the caller's scope and the list of late reports
 * (逾期未报/逾期未转报) each level sees. A teacher who may only report sees what they reported.
 */
@Service
@Transactional(readOnly = true)
class AccidentLedger {

	static final int PAGE = 50;

	/** A late hop: who was late sending which accident's report, by how much. */
	public record LateHop(AccidentSummary accident, String schoolName, ReportLevel level, String fromName,
			String toName, Instant due, Instant sentAt, long minutesLate) {

		public boolean pending() {
			return sentAt == null;
		}

	}

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final Clock clock;

	AccidentLedger(JdbcClient jdbc, OrgManagement org, Clock clock) {
		this.jdbc = jdbc;
		this.org = org;
		this.clock = clock;
	}

	Page<AccidentSummary> ledger(AccidentQuery q) {
		Map<String, Object> params = params(q);
		long total = jdbc.sql("select count(*) from accident.accident a" + WHERE)
			.params(params)
			.query(Long.class)
			.single();
		params.put("offset", (long) q.pageOrFirst() * PAGE);
		List<AccidentSummary> rows = jdbc
			.sql(AccidentRows.SELECT + WHERE + " order by a.occurred_at desc, a.id desc limit " + PAGE
					+ " offset :offset")
			.params(params)
			.query((rs, n) -> AccidentRows.summary(rs))
			.list();
		return new Page<>(rows, total, q.pageOrFirst(), PAGE);
	}

	/** Every accident of the filtered ledger, for the export (no paging). */
	List<AccidentSummary> all(AccidentQuery q) {
		return jdbc.sql(AccidentRows.SELECT + WHERE + " order by a.occurred_at desc, a.id desc")
			.params(params(q))
			.query((rs, n) -> AccidentRows.summary(rs))
			.list();
	}

	static final String WHERE = " "
			+ """
					where a.region_code like :prefix || '%' and (cast(:school as bigint) is null or a.school_id = :school)
					  and (cast(:mine as bigint) is null or a.reported_by = :mine)
					  and (cast(:kind as text) is null or a.kind = :kind) and (cast(:severity as text) is null or a.severity = :severity)
					  and (cast(:open as boolean) is null or (a.closed_at is null) = :open)
					  and (cast(:from as date) is null or a.occurred_at >= cast(cast(:from as date) as timestamp) at time zone 'Asia/Shanghai')
					  and (cast(:to as date) is null or a.occurred_at < cast(cast(:to as date) + 1 as timestamp) at time zone 'Asia/Shanghai')
					  and (cast(:late as boolean) is null or :late = exists (select 1 from accident.hop h where h.accident_id = a.id
					       and (h.late_minutes is not null or (h.sent_at is null and h.due_at < :now))))""";

	/**
	 * The SQL parameters of a query in the caller's scope: a school or region outside it
	 * is refused.
	 */
	Map<String, Object> params(AccidentQuery q) {
		CurrentUser caller = Callers.current();
		boolean reader = caller.can(AccidentManagement.ACCIDENT_READ);
		if (!reader && !caller.can(AccidentManagement.ACCIDENT_REPORT)) {
			throw new AccessDenied("missing permission " + AccidentManagement.ACCIDENT_READ);
		}
		DataScope scope = caller.scope();
		String prefix = scope.sqlRegionPrefix();
		if (q.region() != null && !q.region().isBlank()) {
			if (!RegionCode.isValid(q.region()) || !scope.coversRegion(q.region())) {
				throw new AccessDenied("region outside the caller's scope");
			}
			prefix = RegionCode.of(q.region()).prefix();
		}
		Long school = scope.sqlSchoolId();
		if (q.schoolId() != null) {
			SchoolSummary s = org.findSchool(q.schoolId()).orElseThrow(() -> new AccessDenied("unknown school"));
			caller.requireSchool(s.id(), s.regionCode());
			school = s.id();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("prefix", prefix);
		params.put("school", school);
		params.put("mine", reader ? null : caller.accountId());
		params.put("kind", q.kind() == null ? null : q.kind().name());
		params.put("severity", q.severity() == null ? null : q.severity().name());
		params.put("open", q.open());
		params.put("late", q.late());
		params.put("from", q.from());
		params.put("to", q.to());
		params.put("now", OffsetDateTime.now(clock));
		return params;
	}

	/**
	 * The late hops of the caller's scope, from the levels at or below the caller's: sent
	 * after their deadline, or past it and not sent yet (these first).
	 */
	List<LateHop> late() {
		CurrentUser caller = Callers.current().require(AccidentManagement.ACCIDENT_READ);
		Map<String, Object> params = params(AccidentQuery.all());
		String region = caller.scope().homeRegion();
		ReportLevel mine = caller.atOneSchool() ? ReportLevel.SCHOOL
				: region.isEmpty() ? ReportLevel.PROVINCE : ReportLevel.ofBureau(RegionCodes.full(region));
		params.put("levels",
				java.util.Arrays.stream(ReportLevel.values())
					.filter(l -> mine == null ? l == ReportLevel.SCHOOL : l.compareTo(mine) <= 0)
					.map(Enum::name)
					.toList());
		Instant now = clock.instant();
		Map<String, String> regions = org.regionNames();
		Map<Long, String> schools = new HashMap<>();
		return jdbc
			.sql("select h.from_level, h.from_region, h.to_region, h.due_at, h.sent_at, h.late_minutes, a.* from ("
					+ AccidentRows.SELECT + WHERE + ") a join accident.hop h on h.accident_id = a.id"
					+ " where h.from_level in (:levels) and (h.late_minutes is not null or (h.sent_at is null and h.due_at < :now))"
					+ " order by h.sent_at is null desc, h.due_at desc, a.id desc limit 500")
			.params(params)
			.query((rs, n) -> {
				AccidentSummary a = AccidentRows.summary(rs);
				ReportLevel level = ReportLevel.valueOf(rs.getString(1));
				String school = schools.computeIfAbsent(a.schoolId(),
						s -> org.findSchool(s).map(SchoolSummary::name).orElse(""));
				Hop hop = new Hop(level, rs.getString(2), null, rs.getString(3),
						rs.getObject(4, OffsetDateTime.class).toInstant(),
						Accidents.instant(rs.getObject(5, OffsetDateTime.class)), null, (Integer) rs.getObject(6), null,
						null);
				String from = level == ReportLevel.SCHOOL ? school : regions.getOrDefault(hop.fromRegion(), "");
				return new LateHop(a, school, level, from, regions.getOrDefault(hop.toRegion(), ""), hop.due(),
						hop.sentAt(), hop.minutesLate(now));
			})
			.list();
	}

	/** Names of the schools of a page of accidents. */
	Map<Long, String> schoolNames(List<AccidentSummary> rows) {
		Map<Long, String> names = new HashMap<>();
		rows.forEach(
				r -> names.computeIfAbsent(r.schoolId(), s -> org.findSchool(s).map(SchoolSummary::name).orElse("")));
		return names;
	}

}
