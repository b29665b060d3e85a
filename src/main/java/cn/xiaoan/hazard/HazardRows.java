package cn.xiaoan.hazard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.SafetyCategory;

/**
 * SQL of the hazard table, shared by the lifecycle and the ledger. Its columns are named
 * by the alias {@code h}, so a query may join a table with columns of the same name (the
 * supervision's {@code deadline}).
 */
final class HazardRows {

	static final String SELECT = """
			select h.id, h.school_id, h.region_code, h.title, h.description, h.location, h.category, h.source,
			       h.suggested_grade, h.grade, h.status, h.found_by_name, h.found_at, h.deadline, h.escalation_level,
			       h.supervised_by_level, h.rejections, h.closed_at, h.rectified_by, h.escalated_at
			from hazard.hazard h""";

	private HazardRows() {
	}

	static HazardSummary summary(ResultSet rs, LocalDate today) throws SQLException {
		HazardStatus status = HazardStatus.valueOf(rs.getString("status"));
		LocalDate deadline = rs.getObject("deadline", LocalDate.class);
		return new HazardSummary(rs.getLong("id"), rs.getLong("school_id"), rs.getString("region_code"),
				rs.getString("title"), rs.getString("description"), rs.getString("location"),
				SafetyCategory.valueOf(rs.getString("category")), HazardSource.valueOf(rs.getString("source")),
				grade(rs.getString("suggested_grade")), grade(rs.getString("grade")), status,
				staffName(rs.getString("found_by_name")), rs.getObject("found_at", OffsetDateTime.class), deadline,
				status.open() && deadline != null && deadline.isBefore(today), rs.getString("escalation_level"),
				rs.getString("supervised_by_level"), rs.getInt("rejections"),
				rs.getObject("closed_at", OffsetDateTime.class));
	}

	/**
	 * A name of staff (reporter, rectifier, verifier, planner) as the caller may read it:
	 * a partner department reads none (issue 9).
	 */
	static String staffName(String name) {
		CurrentUser caller = Callers.currentOrNull();
		return name == null || caller == null || caller.seesStaffNames() ? name : "";
	}

	static Hazard aggregate(ResultSet rs) throws SQLException {
		OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
		Instant closedAt = closed == null ? null : closed.toInstant();
		OffsetDateTime escalated = rs.getObject("escalated_at", OffsetDateTime.class);
		return new Hazard(rs.getLong("id"), rs.getLong("school_id"), rs.getString("region_code"), rs.getString("title"),
				SafetyCategory.valueOf(rs.getString("category")), grade(rs.getString("suggested_grade")),
				HazardStatus.valueOf(rs.getString("status")), grade(rs.getString("grade")),
				rs.getObject("deadline", LocalDate.class), (Long) rs.getObject("rectified_by"), rs.getInt("rejections"),
				closedAt, EscalationLevel.valueOf(rs.getString("escalation_level")),
				escalated == null ? null : escalated.toInstant());
	}

	/**
	 * When a hazard stopped counting as open on the weekly chart ({@link HazardTrends}):
	 * its first verification or closing (its closing or rectification time, else its
	 * finding, for one loaded without a history); null while open. Sent up with its state
	 * so the chart above counts the hazards below the same way (ADR 0075).
	 */
	static final String DONE_AT = "case when " + LedgerTally.open("h")
			+ " then null else coalesce((select min(x.at) from hazard.transition x where x.hazard_id = h.id"
			+ " and x.to_status in " + LedgerTally.DONE_STATUSES + "), h.closed_at, h.rectified_at, h.found_at) end";

	/**
	 * The supervision's columns of a state, over alias {@code s} (left joined), and when
	 * the hazard was done.
	 */
	static final String STATE_SUPERVISION = """
			s.bureau_level s_level, s.bureau_region s_region, s.notice_no s_notice, s.deadline s_deadline,
			      s.accepted_at s_accepted, s.acceptance_due s_due, s.summoned_at s_summoned, """ + DONE_AT
			+ " done_at";

	/**
	 * The columns of a hazard's state ({@link HazardStatusChanged}) over alias {@code h},
	 * with its supervision ({@code s}, none when not listed).
	 */
	static final String STATE = """
			select h.id, h.school_id, h.region_code, h.category, h.found_at, h.status, h.grade, h.suggested_grade,
			       h.deadline, h.closed_at, h.version, h.escalation_level,""" + STATE_SUPERVISION + """

			from hazard.hazard h left join hazard.supervision s on s.hazard_id = h.id""";

	static HazardStatusChanged state(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		return new HazardStatusChanged(id, HazardSummary.number(id), rs.getLong("school_id"),
				rs.getString("region_code"), SafetyCategory.valueOf(rs.getString("category")),
				rs.getObject("found_at", OffsetDateTime.class), HazardStatus.valueOf(rs.getString("status")),
				grade(rs.getString("grade")), grade(rs.getString("suggested_grade")),
				rs.getObject("deadline", LocalDate.class), rs.getObject("closed_at", OffsetDateTime.class),
				rs.getLong("version"), EscalationLevel.valueOf(rs.getString("escalation_level")),
				rs.getString("s_level") == null ? null : new HazardStatusChanged.Supervision(
						RegionCode.Level.valueOf(rs.getString("s_level")), rs.getString("s_region"),
						rs.getString("s_notice"), rs.getObject("s_deadline", LocalDate.class),
						rs.getObject("s_accepted", OffsetDateTime.class), rs.getObject("s_due", LocalDate.class),
						rs.getObject("s_summoned", OffsetDateTime.class)),
				rs.getObject("done_at", OffsetDateTime.class));
	}

	private static HazardGrade grade(String value) {
		return value == null ? null : HazardGrade.valueOf(value);
	}

}
