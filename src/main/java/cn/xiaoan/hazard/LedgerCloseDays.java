package cn.xiaoan.hazard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.ReadsReplica;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This platform's whole days from finding to closing (floored) of the hazards a ledger
 * filter lists, by row one level down as the statistics key them: from the rollup's
 * histograms when it keeps the filter, else from the hazards. Read only when hazards kept
 * elsewhere have closings to add, for a median over both (ADR 0072).
 */
@Component
class LedgerCloseDays {

	private final JdbcClient jdbc;

	private final Clock clock;

	LedgerCloseDays(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Row key → days → hazards, of the caller's scope. */
	@ReadsReplica
	@Transactional(readOnly = true)
	Map<String, TreeMap<Integer, Long>> byRow(LedgerQuery query) {
		DataScope scope = Callers.current().require(Permission.HAZARD_READ).scope();
		String prefix = LedgerTally.prefix(scope, query);
		Map<String, TreeMap<Integer, Long>> rows = new TreeMap<>();
		if (prefix == null) {
			return rows;
		}
		boolean bySchool = HazardLedger.bySchool(scope, prefix);
		if (LedgerTally.figures(query) && !query.beyondRollup()) {
			boolean schools = bySchool || LedgerTally.schools(scope, query, prefix);
			jdbc.sql("select " + HazardLedger.rowKey("t", bySchool, prefix) + ", t.days, sum(t.hazards) from hazard."
					+ (schools ? "close_days_school" : "close_days_county") + " t"
					+ LedgerTally.where("t", scope, query, prefix) + " group by 1, 2 having sum(t.hazards) <> 0")
				.query(rs -> {
					rows.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
						.merge(rs.getInt(2), rs.getLong(3), Long::sum);
				});
			return rows;
		}
		jdbc.sql("select " + HazardLedger.rowKey("h", bySchool, prefix)
				+ ", cast(floor(extract(epoch from h.closed_at - h.found_at) / 86400) as integer), count(*)"
				+ " from hazard.hazard h" + LedgerQuery.WHERE + " and h.closed_at is not null group by 1, 2")
			.params(query.params(scope, LocalDate.now(clock)))
			.query(rs -> {
				rows.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
					.merge(rs.getInt(2), rs.getLong(3), Long::sum);
			});
		return rows;
	}

}
