package cn.xiaoan.inspection;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.shared.Role;
import cn.xiaoan.shared.SafetyCategory;

/** The SQL of the module's read models; every caller adds its scope predicate. */
final class InspectionRows {

	private InspectionRows() {
	}

	static final String ITEM = """
			select id, category, code, text, basis, suggested_grade, region_code from inspection.checklist_item i
			""";

	static final String PLAN = """
			select p.id, p.name, p.cadence, p.owner_school_id, p.region_code, p.spot_check, p.inspector_role,
			       p.inspector_name, p.created_by_name, p.created_at,
			       (select count(*) from inspection.plan_item pi where pi.plan_id = p.id) as items,
			       (select count(*) from inspection.plan_school ps where ps.plan_id = p.id) as schools
			from inspection.plan p
			""";

	static final String TASK = """
			select t.id, t.plan_id, p.name, p.cadence, p.spot_check, t.school_id, t.period_key, t.period_start,
			       t.due_date, t.status, p.inspector_role, coalesce(p.inspector_name, ''), t.signed_username,
			       t.signed_name, t.signed_at,
			       (select count(*) from inspection.task_item ti where ti.task_id = t.id) as items,
			       (select count(*) from inspection.task_item ti where ti.task_id = t.id and ti.result = 'FAIL') as failed,
			       p.inspector_username
			from inspection.task t join inspection.plan p on p.id = t.plan_id
			""";

	static ChecklistItem item(ResultSet rs, int row) throws SQLException {
		return new ChecklistItem(rs.getLong(1), SafetyCategory.valueOf(rs.getString(2)), rs.getString(3),
				rs.getString(4), rs.getString(5), HazardGrade.valueOf(rs.getString(6)), rs.getString(7));
	}

	static PlanView plan(ResultSet rs, int row) throws SQLException {
		String role = rs.getString(7);
		return new PlanView(rs.getLong(1), rs.getString(2), Cadence.valueOf(rs.getString(3)),
				(Long) rs.getObject(4, Long.class), rs.getString(5), rs.getBoolean(6),
				role == null ? null : Role.valueOf(role), staffName(rs.getString(8)), staffName(rs.getString(9)),
				rs.getObject(10, OffsetDateTime.class), rs.getInt(11), rs.getInt(12));
	}

	/** A task row, overdue relative to {@code today}. */
	static TaskView task(ResultSet rs, LocalDate today) throws SQLException {
		String role = rs.getString(11);
		TaskView.TaskStatus status = TaskView.TaskStatus.valueOf(rs.getString(10));
		LocalDate due = rs.getObject(9, LocalDate.class);
		return new TaskView(rs.getLong(1), rs.getLong(2), rs.getString(3), Cadence.valueOf(rs.getString(4)),
				rs.getBoolean(5), rs.getLong(6), rs.getString(7), rs.getObject(8, LocalDate.class), due, status,
				status == TaskView.TaskStatus.OPEN && due.isBefore(today), role == null ? null : Role.valueOf(role),
				staffName(rs.getString(12)), staffName(rs.getString(13)), staffName(rs.getString(14)),
				rs.getObject(15, OffsetDateTime.class), rs.getInt(16), rs.getInt(17));
	}

	/**
	 * A name of staff (inspector, signer, planner) as the caller may read it: a partner
	 * department reads none (issue 9).
	 */
	static String staffName(String name) {
		CurrentUser caller = Callers.currentOrNull();
		return name == null || caller == null || caller.seesStaffNames() ? name : "";
	}

	/** The account a task is assigned to by name, or null when a role is. */
	static String inspectorUsername(ResultSet rs) throws SQLException {
		return rs.getString(18);
	}

	static TaskItemView taskItem(ResultSet rs, int row) throws SQLException {
		String result = rs.getString(6);
		return new TaskItemView(rs.getLong(1), SafetyCategory.valueOf(rs.getString(2)), rs.getString(3),
				rs.getString(4), HazardGrade.valueOf(rs.getString(5)),
				result == null ? null : ItemResult.valueOf(result), rs.getString(7), rs.getString(8),
				(Long) rs.getObject(9, Long.class));
	}

	static final String TASK_ITEMS = """
			select i.id, i.category, i.text, i.basis, i.suggested_grade, ti.result, ti.note, ti.location, ti.hazard_id
			from inspection.task_item ti join inspection.checklist_item i on i.id = ti.item_id
			where ti.task_id = :task order by ti.position""";

	/** The SQL condition on plans {@code p} that keeps those of the scope. */
	static String planScope(DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> "true";
			case REGION -> "p.region_code like :prefix || '%'";
			case SCHOOL -> "(p.owner_school_id = :school or exists (select 1 from inspection.plan_school ps "
					+ "where ps.plan_id = p.id and ps.school_id = :school))";
			case SELF -> "false";
		};
	}

	static Map<String, Object> scopeParams(DataScope scope) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("prefix", scope.sqlRegionPrefix());
		params.put("school", scope.sqlSchoolId() == null ? -1L : scope.sqlSchoolId());
		return params;
	}

}
