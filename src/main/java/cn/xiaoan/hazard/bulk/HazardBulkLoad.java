package cn.xiaoan.hazard.bulk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardSource;
import cn.xiaoan.hazard.HazardStatus;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.CopyRows;
import cn.xiaoan.shared.SafetyCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many hazards with COPY for the demo and scale data generators (no caller, no
 * scope check: not reachable from a request).
 */
@Component
public class HazardBulkLoad {

	/** A hazard as generated, already at some point of its lifecycle. */
	public record GeneratedHazard(long schoolId, String regionCode, String title, SafetyCategory category,
			HazardSource source, HazardGrade grade, HazardStatus status, long foundBy, String foundByName,
			OffsetDateTime foundAt, LocalDate deadline, OffsetDateTime closedAt, String escalationLevel) {
	}

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	public HazardBulkLoad(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/**
	 * An open hazard always has a deadline (it escalates when overdue): one loaded
	 * without gets the national default of its grade from the day it was found.
	 */
	private static LocalDate deadline(GeneratedHazard h) {
		if (h.deadline() != null || !h.status().open()) {
			return h.deadline();
		}
		PolicySetting days = h.grade() == HazardGrade.MAJOR ? PolicySetting.HAZARD_MAJOR_DEADLINE_DAYS
				: PolicySetting.HAZARD_GENERAL_DEADLINE_DAYS;
		return h.foundAt()
			.atZoneSameInstant(java.time.ZoneId.systemDefault())
			.toLocalDate()
			.plusDays(Integer.parseInt(days.nationalDefault()));
	}

	/**
	 * After a large load, outside any transaction: sets the visibility map (index-only
	 * scans of open hazards) and the planner's statistics, as autovacuum would later.
	 */
	public void analyze() {
		jdbc.sql("vacuum (analyze) hazard.hazard, hazard.tally_county, hazard.tally_school, "
				+ "hazard.close_days_county, hazard.close_days_school")
			.update();
	}

	/** COPYs the hazards in one transaction; the ledger's rollup follows by trigger. */
	@Transactional
	public long hazards(List<GeneratedHazard> hazards) {
		CopyRows rows = new CopyRows();
		for (GeneratedHazard h : hazards) {
			rows.add(h.schoolId())
				.add(h.regionCode())
				.add(h.title())
				.add(h.category().name())
				.add(h.source().name())
				.add(h.grade() == null ? null : h.grade().name())
				.add(h.status().name())
				.add(h.foundBy())
				.add(h.foundByName())
				.add(h.foundAt())
				.add(deadline(h))
				.add(h.closedAt())
				.add(h.closedAt() == null ? null : h.closedAt())
				.add(h.escalationLevel())
				.add("SCHOOL".equals(h.escalationLevel()) ? null : OffsetDateTime.now())
				.endRow();
		}
		return rows
			.copyInto(dataSource, "hazard.hazard (school_id, region_code, title, category, source, grade, status, "
					+ "found_by, found_by_name, found_at, deadline, rectified_at, closed_at, escalation_level, escalated_at)");
	}

}
