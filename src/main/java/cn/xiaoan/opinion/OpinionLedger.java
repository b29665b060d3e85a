package cn.xiaoan.opinion;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opinion module's reads: the ledger of the caller's scope with its filters, and one
 * case as its team sees it.
 */
@Service
@Transactional(readOnly = true)
public class OpinionLedger {

	private final OpinionReads reads;

	private final OpinionAccess access;

	private final OpinionCases store;

	private final OpinionTime time;

	OpinionLedger(OpinionReads reads, OpinionAccess access, OpinionCases store, OpinionTime time) {
		this.reads = reads;
		this.access = access;
		this.store = store;
		this.time = time;
	}

	/**
	 * The cases of the caller's scope; {@code overdue} keeps those with an overdue task
	 * or a missed release deadline.
	 */
	public List<CaseRow> cases(CaseState state, Severity severity, boolean overdue) {
		CurrentUser caller = Callers.current().require(OpinionPermissions.READ);
		return reads.cases(caller.scope(), state, severity, time.now())
			.stream()
			.filter(row -> !overdue || row.overdue())
			.toList();
	}

	/** One case of the caller's scope with everything on it. */
	public CaseDetail detail(long caseId) {
		OpinionCase c = access.forTeam(caseId, OpinionPermissions.READ, false);
		CurrentUser caller = Callers.current();
		Instant now = time.now();
		Map<String, Object> fields = reads.fields(caseId);
		boolean opener = OpinionAccess.openerUnit(caller, c.regionCode, c.schoolId);
		List<CaseDetail.Person> people = store.jdbc()
			.sql("select label, minor, full_name from opinion.person where case_id = :c order by id")
			.param("c", caseId)
			.query((rs, n) -> new CaseDetail.Person(rs.getString(1), rs.getBoolean(2), opener ? rs.getString(3) : null))
			.list();
		List<TaskView> tasks = reads.tasksOfCase(caseId, now);
		List<CaseDetail.Department> departments = store.jdbc()
			.sql("select id, kind, name from opinion.department where case_id = :c order by id")
			.param("c", caseId)
			.query((rs, n) -> new CaseDetail.Department(rs.getLong(1), DepartmentKind.valueOf(rs.getString(2)),
					rs.getString(3), List.of()))
			.list()
			.stream()
			.map(d -> new CaseDetail.Department(d.id(), d.kind(), d.name(),
					tasks.stream().filter(t -> t.departmentId() == d.id()).toList()))
			.toList();
		List<String> schools = store.jdbc()
			.sql("select school_name from opinion.case_school where case_id = :c order by school_name")
			.param("c", caseId)
			.query(String.class)
			.list();
		ReleaseDeadlines deadlines = reads.deadlines(c.regionCode, c.severity, c.occurredAt, c.firstReleaseAt,
				c.pressAt);
		List<CaseDetail.Deadline> shown = deadlines.any()
				? List.of(deadline(deadlines.firstRelease(), now), deadline(deadlines.press(), now)) : List.of();
		String relatedKind = (String) fields.get("related_kind");
		return new CaseDetail(reads.row(caseId, now), (String) fields.get("description"),
				(String) fields.get("location"), (String) fields.get("opened_by_name"), c.approverAccountId,
				relatedKind == null ? null : RelatedRecord.Kind.valueOf(relatedKind).messageKey(),
				(Long) fields.get("related_id"), schools, people, departments, reads.statements(caseId), shown,
				reads.timeline(caseId), caller.can(OpinionPermissions.MANAGE) && c.state == CaseState.OPEN,
				caller.accountId() == c.approverAccountId && c.state == CaseState.OPEN, caller.accountId());
	}

	private static CaseDetail.Deadline deadline(ReleaseDeadlines.Deadline d, Instant now) {
		java.time.Duration left = d.left(now);
		return new CaseDetail.Deadline(d.kind().messageKey(), OpinionReads.local(d.due()),
				OpinionReads.local(d.metAt()), d.stateKey(now), left.toHours(), left.toMinutesPart(), d.pressing(now));
	}

}
