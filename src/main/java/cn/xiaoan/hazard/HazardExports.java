package cn.xiaoan.hazard;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.ExcelExport;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.ReadsReplica;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's workbooks (台账) as schools and bureaus exchange them: Chinese columns,
 * Beijing time, statuses and levels as words — whatever the reader's language, since the
 * files go to other offices.
 */
@Service
@ReadsReplica
@Transactional(readOnly = true)
class HazardExports {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final JdbcClient jdbc;

	private final HazardLedger ledger;

	private final OrgManagement org;

	private final MessageSource messages;

	private final Clock clock;

	private final ObjectProvider<LedgerElsewhere> elsewhere;

	HazardExports(JdbcClient jdbc, HazardLedger ledger, OrgManagement org, MessageSource messages, Clock clock,
			ObjectProvider<LedgerElsewhere> elsewhere) {
		this.elsewhere = elsewhere;
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Every hazard of the filtered ledger with its 五落实 plan: responsibility, measures,
	 * funds, deadline, contingency plan (no paging).
	 */
	void ledger(LedgerQuery query, OutputStream out) throws IOException {
		DataScope scope = Callers.current().require(Permission.HAZARD_READ).scope();
		LocalDate today = LocalDate.now(clock);
		Map<String, Object> params = query.params(scope, today);
		List<HazardSummary> rows = jdbc
			.sql(HazardRows.SELECT + LedgerQuery.WHERE + " order by h.found_at desc, h.id desc")
			.params(params)
			.query((rs, n) -> HazardRows.summary(rs, today))
			.list();
		Map<Long, RectificationPlan> plans = new HashMap<>();
		jdbc.sql("""
				select p.hazard_id, p.responsible_person, p.measures, p.funds_yuan, p.deadline, p.contingency_plan
				from hazard.plan p join hazard.hazard h on h.id = p.hazard_id""" + LedgerQuery.WHERE)
			.params(params)
			.query(rs -> {
				plans.put(rs.getLong(1), new RectificationPlan(rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
						rs.getObject(5, LocalDate.class), rs.getString(6)));
			});
		Map<String, String> schools = ledger.schoolNames();
		RectificationPlan none = new RectificationPlan("", "", null, null, "");
		ExcelExport.write(out, "隐患台账", List.of("编号", "学校", "隐患", "类别", "来源", "等级", "状态", "发现人", "发现时间", "整改期限", "是否逾期",
				"上报层级", "责任人", "整改措施", "整改资金（元）", "整改时限", "应急预案", "销号时间"), rows, h -> {
					RectificationPlan plan = plans.getOrDefault(h.id(), none);
					return java.util.Arrays.asList(h.number(), schools.getOrDefault(String.valueOf(h.schoolId()), ""),
							h.title(), h.category().chineseName(), text(h.source().messageKey()),
							h.grade() == null ? "" : text(h.grade().messageKey()), text(h.status().messageKey()),
							h.foundByName(), beijing(h.foundAt()), date(h.deadline()), h.overdue(),
							text("hazard.level." + h.escalationLevel()), plan.responsiblePerson(), plan.measures(),
							plan.fundsYuan(), date(plan.deadline()), plan.contingencyPlan(), beijing(h.closedAt()));
				});
	}

	/**
	 * 挂牌督办 list of the caller's scope: hazard, school, supervising bureau, notice number,
	 * deadlines, acceptance and summons.
	 */
	void supervised(OutputStream out) throws IOException {
		DataScope scope = Callers.current().require(Permission.HAZARD_SUPERVISE).scope();
		LocalDate today = LocalDate.now(clock);
		List<Map<String, Object>> rows = jdbc.sql("""
				select h.id, h.title, h.school_id, h.status, s.bureau_region, s.notice_no, s.listed_at, s.deadline,
				       s.acceptance_due, s.accepted_at, s.summoned_at, s.summon_note, s.listed_by_name
				from hazard.supervision s join hazard.hazard h on h.id = s.hazard_id
				where h.region_code like :p || '%' and (cast(:school as bigint) is null or h.school_id = :school)
				order by s.accepted_at nulls first, s.acceptance_due, h.id""")
			.param("p", scope.sqlRegionPrefix())
			.param("school", scope.sqlSchoolId())
			.query()
			.listOfRows();
		Map<String, String> schools = ledger.schoolNames();
		Map<String, String> regions = org.regionNames();
		List<List<Object>> lines = new java.util.ArrayList<>();
		String here = text("hazard.supervised.here");
		for (Map<String, Object> r : rows) {
			String bureau = (String) r.get("bureau_region");
			LocalDate due = ((java.sql.Date) r.get("acceptance_due")).toLocalDate();
			Object accepted = r.get("accepted_at");
			lines.add(java.util.Arrays.asList(HazardSummary.number(((Number) r.get("id")).longValue()), r.get("title"),
					schools.getOrDefault(String.valueOf(r.get("school_id")), ""),
					text("hazard.bureau.name", regions.getOrDefault(bureau, bureau)), r.get("notice_no"),
					r.get("listed_by_name"), beijing(r.get("listed_at")), String.valueOf(r.get("deadline")),
					due.toString(), beijing(accepted), accepted == null && due.isBefore(today),
					beijing(r.get("summoned_at")), r.get("summon_note"),
					text(HazardStatus.valueOf((String) r.get("status")).messageKey()), here));
		}
		// those the installations below keep under 督办, as the page lists them (ADR 0078):
		// read-only, without what stays below (title, who listed it, the summons' note)
		elsewhere.orderedStream().flatMap(e -> e.supervised(true).stream()).forEach(b -> {
			String bureau = b.bureauRegion();
			boolean late = b.acceptedAt() == null && b.acceptanceDue() != null && b.acceptanceDue().isBefore(today);
			lines.add(java.util.Arrays.asList(b.number(), "", b.schoolName(),
					bureau == null ? "" : text("hazard.bureau.name", regions.getOrDefault(bureau, bureau)),
					b.noticeNo(), "", "", date(b.deadline()), date(b.acceptanceDue()), beijing(b.acceptedAt()), late,
					beijing(b.summonedAt()), "", b.status() == null ? "" : text(b.status().messageKey()),
					text("hazard.elsewhere.from", b.source())));
		});
		ExcelExport.write(out, "挂牌督办隐患", List.of("编号", "隐患", "学校", "督办单位", "通知书编号", "挂牌人", "挂牌时间", "整改期限", "验收期限",
				"验收时间", "验收是否逾期", "约谈时间", "约谈记录", "状态", "来源"), lines, line -> line);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, CHINESE);
	}

	private static String date(LocalDate day) {
		return day == null ? "" : day.toString();
	}

	/** A moment as Beijing shows it, whatever zone the database answered in. */
	private static String beijing(Object at) {
		OffsetDateTime moment = at instanceof java.sql.Timestamp ts ? ts.toInstant().atOffset(java.time.ZoneOffset.UTC)
				: (OffsetDateTime) at;
		return moment == null ? "" : moment.atZoneSameInstant(ZoneId.systemDefault()).format(MINUTES);
	}

}
