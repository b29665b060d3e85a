package cn.xiaoan.inspection;

import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.xiaoan.hazard.HazardManagement;
import cn.xiaoan.hazard.HazardSummary;
import cn.xiaoan.org.UnitNames;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.ExcelExport;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.SafetyCategory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The inspection records (检查记录台账) of the caller's school or region as a workbook: one row
 * per checked item of every signed task, with the plan, school, period, signer, result
 * and the hazard it raised. For those who run or supervise inspections (the ledger
 * roles), times in Beijing time.
 */
@Component
class InspectionExport {

	private final JdbcClient jdbc;

	private final HazardManagement hazards;

	private final MessageSource messages;

	private final UnitNames unitNames;

	InspectionExport(JdbcClient jdbc, HazardManagement hazards, MessageSource messages, UnitNames unitNames) {
		this.jdbc = jdbc;
		this.hazards = hazards;
		this.messages = messages;
		this.unitNames = unitNames;
	}

	private record Row(String plan, long school, String period, String due, String signer, OffsetDateTime signedAt,
			SafetyCategory category, String item, ItemResult result, String note, String location, Long hazardId) {
	}

	void write(OutputStream out) throws IOException {
		CurrentUser caller = Callers.current();
		if (!caller.can(Permission.HAZARD_MANAGE) && !caller.can(Permission.HAZARD_SUPERVISE)) {
			throw new AccessDenied("inspection records are exported by those who run or supervise inspections");
		}
		List<Row> rows = jdbc.sql("""
				select p.name, t.school_id, t.period_key, t.due_date, t.signed_name, t.signed_at, i.category, i.text,
				       ti.result, ti.note, ti.location, ti.hazard_id
				from inspection.task t join inspection.plan p on p.id = t.plan_id
				join inspection.task_item ti on ti.task_id = t.id
				join inspection.checklist_item i on i.id = ti.item_id
				where t.status = 'SUBMITTED' and\s""" + InspectionTasks.taskScope(caller.scope())
				+ " order by t.signed_at desc, t.id, ti.position limit 100000")
			.params(InspectionRows.scopeParams(caller.scope()))
			.query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getObject(6, OffsetDateTime.class), SafetyCategory.valueOf(rs.getString(7)), rs.getString(8),
					rs.getString(9) == null ? null : ItemResult.valueOf(rs.getString(9)), rs.getString(10),
					rs.getString(11), (Long) rs.getObject(12, Long.class)))
			.list();
		Map<Long, String> schools = unitNames.schools(rows.stream().map(Row::school).distinct().toList());
		Map<Long, HazardSummary> raised = hazards
			.summaries(rows.stream().map(Row::hazardId).filter(java.util.Objects::nonNull).distinct().toList());
		ExcelExport.write(out, "检查记录",
				List.of("检查计划", "学校", "周期", "截止日期", "签字人", "签字时间（北京时间）", "类别", "检查项", "结果", "说明", "位置", "所报隐患"), rows,
				r -> List.of(r.plan(), schools.getOrDefault(r.school(), ""), r.period(), r.due(),
						r.signer() == null ? "" : r.signer(), ExcelExport.minute(r.signedAt()),
						r.category().chineseName(), r.item(), r.result() == null ? "" : label(r.result().messageKey()),
						r.note(), r.location(),
						raised.containsKey(r.hazardId()) ? raised.get(r.hazardId()).number() : ""));
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

}
