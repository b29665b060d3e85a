package cn.xiaoan.hazard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's figures of every school of a region over a period in one pass, for modules
 * that score schools (assessment, 督导考核) and must not read the hazard tables. Each
 * school's figures equal the ledger's for {@code schoolId}, {@code from} and {@code to};
 * the overdue count is as of today.
 */
@Service
@Transactional(readOnly = true)
public class HazardFiguresBySchool {

	private final JdbcClient jdbc;

	private final Clock clock;

	HazardFiguresBySchool(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The schools under {@code regionPrefix} (which the caller's scope must cover) with
	 * at least one hazard found from {@code from} to {@code to}; a school absent found
	 * none.
	 */
	public List<SchoolHazardFigures> of(String regionPrefix, LocalDate from, LocalDate to) {
		DataScope scope = Callers.current().require(Permission.HAZARD_READ).scope();
		if (scope.kind() != DataScope.Kind.ALL && !scope.coversRegion(regionPrefix)) {
			throw new AccessDenied("the region lies outside the caller's scope");
		}
		return jdbc
			.sql("select h.school_id, min(h.region_code), " + HazardLedger.FIGURES
					+ " from hazard.hazard h where h.region_code like :prefix || '%'"
					+ LedgerQuery.foundBetween("h", from, to) + " group by h.school_id")
			.param("prefix", regionPrefix)
			.param("today", LocalDate.now(clock))
			.query((rs, n) -> new SchoolHazardFigures(rs.getLong(1), rs.getString(2), HazardLedger.figures(rs, 3)))
			.list();
	}

}
