package cn.xiaoan.emergency;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.ExcelExport;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledgers as offices exchange them (台账): Chinese columns and words whatever the
 * reader's language, since the files go to other offices.
 */
@Service
@Transactional(readOnly = true)
class EmergencyExports {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final PlanManagement plans;

	private final DrillManagement drills;

	private final DrillCompliance compliance;

	private final OrgManagement org;

	private final MessageSource messages;

	EmergencyExports(PlanManagement plans, DrillManagement drills, DrillCompliance compliance, OrgManagement org,
			MessageSource messages) {
		this.plans = plans;
		this.drills = drills;
		this.compliance = compliance;
		this.org = org;
		this.messages = messages;
	}

	/** 应急预案台账: every plan of the scope with its state and review date. */
	void plans(OutputStream out) throws IOException {
		Map<String, String> regions = org.regionNames();
		java.util.Map<Long, String> schools = new java.util.HashMap<>();
		List<PlanRow> rows = plans.ledger();
		ExcelExport.write(out, "应急预案台账",
				List.of("学校", "所在地区", "预案类别", "预案名称", "当前版本", "报备状态", "最近修订日期", "下次评估期限", "需评估修订", "教育局意见"), rows,
				p -> List.of(
						schools.computeIfAbsent(p.schoolId(),
								id -> org.findSchool(id).map(cn.xiaoan.org.SchoolSummary::name).orElse("")),
						regions.getOrDefault(p.regionCode(), ""), word(p.kind().messageKey()), p.title(),
						"第" + p.currentVersion() + "版", word(p.status().messageKey()), p.reviewedOn().toString(),
						p.reviewDueOn().toString(), p.reviewDue(), p.bureauComment()));
	}

	/** 应急演练台账 of the days given. */
	void drills(String region, Long schoolId, LocalDate from, LocalDate to, OutputStream out) throws IOException {
		List<DrillRow> rows = drills.drills(region, schoolId, from, to, false);
		ExcelExport.write(out, "应急演练台账",
				List.of("学校", "演练日期", "演练科目", "参加班级", "参加人数", "建筑层数", "疏散用时", "疏散时限", "是否超时", "发现问题数"), rows,
				d -> List.of(d.schoolName(), d.heldOn().toString(), d.scenario(), d.classes(), d.headcount(),
						d.storeys(), d.held() ? d.minutes() + "分" + d.seconds() + "秒" : "计划中",
						d.limitSeconds() == null ? "" : d.limitSeconds() + "秒", d.overtime(), d.problems()));
	}

	/** 应急演练达标情况: one row per school of the region with its period's figures. */
	void compliance(String region, YearMonth month, OutputStream out) throws IOException {
		ComplianceTable table = compliance.table(region, month);
		List<SchoolCompliance> rows = compliance.schools(
				table.region().isEmpty() ? "" : cn.xiaoan.shared.RegionCode.of(table.region()).prefix(), table.month());
		ExcelExport.write(out, "应急演练达标情况", List.of("学校", "所在地区", "学校类型", "统计周期", "应演练次数", "已演练次数", "其中超时", "是否达标"),
				rows,
				s -> List.of(s.schoolName(), s.regionName(), word(s.type().messageKey()),
						s.quarterly() ? s.period().replace("Q", "年第") + "季度" : s.period(), s.required(), s.held(),
						s.overtime(), s.compliant()));
	}

	private String word(String key) {
		return messages.getMessage(key, null, key, CHINESE);
	}

}
