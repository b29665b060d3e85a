package cn.xiaoan.hazard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reads behind {@link HazardManagement}: one hazard, several by id, and the headline
 * figures, trends and weekly chart of the caller's scope. Each checks the caller's scope
 * itself; the transaction is the one {@link HazardManagement} opens.
 */
@Component
class HazardReads {

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final Clock clock;

	private final HazardLedger ledger;

	private final WeeklyOpenHazards weeklyChart;

	private final ObjectProvider<LedgerElsewhere> elsewhere;

	HazardReads(JdbcClient jdbc, OrgManagement org, Clock clock, HazardLedger ledger, WeeklyOpenHazards weeklyChart,
			ObjectProvider<LedgerElsewhere> elsewhere) {
		this.jdbc = jdbc;
		this.org = org;
		this.clock = clock;
		this.ledger = ledger;
		this.weeklyChart = weeklyChart;
		this.elsewhere = elsewhere;
	}

	HazardSummary summary(long id) {
		CurrentUser caller = Callers.current();
		HazardSummary summary = jdbc.sql(HazardRows.SELECT + " where id = :id")
			.param("id", id)
			.query((rs, n) -> HazardRows.summary(rs, today()))
			.optional()
			.orElseThrow(() -> new NotFound("hazard", id));
		if (!caller.scope().coversSchool(summary.schoolId(), summary.regionCode())) {
			throw new NotFound("hazard", id);
		}
		caller.require(Permission.HAZARD_READ);
		return summary;
	}

	/** Leaves out the ids outside the caller's scope ({@link #summary} answers 404). */
	Map<Long, HazardSummary> summaries(Collection<Long> ids) {
		CurrentUser caller = Callers.current().require(Permission.HAZARD_READ);
		Map<Long, HazardSummary> found = new HashMap<>();
		if (!ids.isEmpty()) {
			LocalDate today = today();
			jdbc.sql(HazardRows.SELECT + " where id = any(:ids)")
				.param("ids", ids.stream().distinct().toArray(Long[]::new))
				.query((rs, n) -> HazardRows.summary(rs, today))
				.list()
				.stream()
				.filter(h -> caller.scope().coversSchool(h.schoolId(), h.regionCode()))
				.forEach(h -> found.put(h.id(), h));
		}
		return found;
	}

	HazardFigures figures() {
		return ledger.statistics(LedgerQuery.all()).total();
	}

	HazardHeadline headline() {
		HazardHeadline here = trends().headline(Callers.current().require(Permission.HAZARD_READ).scope(), today());
		return LedgerWithElsewhere.headline(here, elsewhere.orderedStream().toList());
	}

	List<OpenHazardsWeek> openByWeek(int weeks) {
		List<OpenHazardsWeek> here = weeklyChart.of(Callers.current().require(Permission.HAZARD_READ).scope(), today(),
				weeks);
		return LedgerWithElsewhere.openByWeek(here, elsewhere.orderedStream().toList(), today());
	}

	List<SchoolOverdue> mostOverdueSchools(int limit) {
		var counts = trends().mostOverdue(Callers.current().require(Permission.HAZARD_READ).scope(), today(), limit);
		List<SchoolOverdue> here = counts.entrySet()
			.stream()
			.map(e -> new SchoolOverdue(e.getKey(), org.findSchool(e.getKey()).map(SchoolSummary::name).orElse(""),
					e.getValue(), null))
			.toList();
		return LedgerWithElsewhere.mostOverdue(here, elsewhere.orderedStream().toList(), limit);
	}

	private HazardTrends trends() {
		return new HazardTrends(jdbc);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
