package cn.xiaoan.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.hazard.FoundPhotos;
import cn.xiaoan.hazard.HazardManagement;
import cn.xiaoan.hazard.HazardSource;
import cn.xiaoan.hazard.HazardSummary;
import cn.xiaoan.hazard.ReportHazard;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tasks for {@link InspectionManagement}: reads within the caller's scope and the signed
 * submission. Called only through it, which holds the transactions.
 */
@Component
class InspectionTasks {

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final HazardManagement hazards;

	private final FoundPhotos photos;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InspectionTasks(JdbcClient jdbc, OrgManagement org, HazardManagement hazards, FoundPhotos photos,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.photos = photos;
		this.org = org;
		this.hazards = hazards;
		this.events = events;
		this.clock = clock;
	}

	List<TaskView> mine() {
		CurrentUser caller = Callers.current().require(Permission.SCHOOL_READ);
		return query("t.status = 'OPEN' and " + taskScope(caller.scope()) + " and " + assignedTo()
				+ " order by t.due_date, t.id limit 200", caller);
	}

	List<TaskView> inScope(boolean onlyOpen) {
		CurrentUser caller = Callers.current().require(Permission.SCHOOL_READ);
		return query((onlyOpen ? "t.status = 'OPEN' and " : "") + taskScope(caller.scope())
				+ " order by t.period_start desc, t.id desc limit 200", caller);
	}

	TaskDetail task(long id) {
		CurrentUser caller = Callers.current().require(Permission.SCHOOL_READ);
		record Row(TaskView view, String inspectorUsername) {
		}
		LocalDate today = LocalDate.now(clock);
		Row row = jdbc.sql(InspectionRows.TASK + "where t.id = :id and " + taskScope(caller.scope()))
			.params(InspectionRows.scopeParams(caller.scope()))
			.param("id", id)
			.query((rs, n) -> new Row(InspectionRows.task(rs, today), InspectionRows.inspectorUsername(rs)))
			.optional()
			.orElseThrow(() -> new NotFound("inspection task", id));
		SchoolSummary school = org.school(row.view().schoolId());
		List<TaskItemView> items = jdbc.sql(InspectionRows.TASK_ITEMS)
			.param("task", id)
			.query(InspectionRows::taskItem)
			.list();
		boolean canSubmit = row.view().status() == TaskView.TaskStatus.OPEN && caller.can(Permission.HAZARD_REPORT)
				&& (row.inspectorUsername() != null ? row.inspectorUsername().equals(caller.username())
						: caller.role() == row.view().inspectorRole());
		return new TaskDetail(row.view(), school.name(), items, canSubmit);
	}

	TaskDetail submit(long id, SubmitInspection submission) {
		return submit(id, submission, null);
	}

	/**
	 * The task a client id signed, if the caller signed it (another's id is not theirs to
	 * read back).
	 */
	java.util.Optional<Long> signedWith(java.util.UUID clientId, long caller) {
		return jdbc.sql("select id from inspection.task where client_id = :c and signed_by = :by")
			.param("c", clientId)
			.param("by", caller)
			.query(Long.class)
			.optional();
	}

	boolean clientIdStored(java.util.UUID clientId) {
		return jdbc.sql("select exists (select 1 from inspection.task where client_id = :c)")
			.param("c", clientId)
			.query(Boolean.class)
			.single();
	}

	/** Signs the task, keeping the phone's client id when it came from one. */
	TaskDetail submit(long id, SubmitInspection submission, java.util.UUID clientId) {
		CurrentUser caller = Callers.current();
		TaskDetail detail = task(id);
		if (detail.task().status() != TaskView.TaskStatus.OPEN) {
			throw new BusinessRuleViolation("task", "inspection.error.submitted");
		}
		if (!detail.canSubmit()) {
			throw new AccessDenied("task " + id + " is assigned to someone else");
		}
		Map<Long, SubmitInspection.Answer> answers = Answers.check(detail.items(), submission);
		// Only the first of two concurrent submissions finds the task still open.
		int signed = jdbc.sql("""
				update inspection.task set status = 'SUBMITTED', signed_by = :by, signed_username = :username,
				       signed_name = :name, signed_at = :at, client_id = :client
				where id = :id and status = 'OPEN'""")
			.param("client", clientId)
			.param("by", caller.accountId())
			.param("username", caller.username())
			.param("name", caller.displayName())
			.param("at", OffsetDateTime.now(clock))
			.param("id", id)
			.update();
		if (signed == 0) {
			throw new BusinessRuleViolation("task", "inspection.error.submitted");
		}
		HazardSource source = detail.task().spotCheck() ? HazardSource.SPOT_CHECK : HazardSource.INSPECTION;
		int failed = 0;
		for (TaskItemView item : detail.items()) {
			SubmitInspection.Answer answer = answers.get(item.itemId());
			Long hazardId = null;
			if (answer.result() == ItemResult.FAIL) {
				HazardSummary hazard = hazards.report(new ReportHazard(detail.task().schoolId(),
						hazardTitle(answer.note(), item.text()), "检查项：" + item.text() + "\n" + answer.note(),
						answer.location(), item.category(), source, id, item.itemId(), item.suggestedGrade()));
				hazardId = hazard.id();
				attachPhoto(hazardId, item.itemId(), submission.photos().get(item.itemId()));
				failed++;
			}
			jdbc.sql("""
					update inspection.task_item set result = :result, note = :note, location = :location,
					       hazard_id = :hazard
					where task_id = :task and item_id = :item""")
				.param("result", answer.result().name())
				.param("note", answer.note())
				.param("location", answer.location())
				.param("hazard", hazardId)
				.param("task", id)
				.param("item", item.itemId())
				.update();
		}
		events.publishEvent(EntityChanged.updated("inspection_task", id, null, detail.task().schoolId(),
				Map.of("status", "OPEN"), Map.of("status", "SUBMITTED", "signedBy", caller.username(), "failed", failed,
						"items", detail.items().size())));
		return task(id);
	}

	List<SchoolProgress> overview(List<SchoolSummary> schools, CurrentUser caller) {
		Map<Long, int[]> counts = new HashMap<>();
		jdbc.sql("""
				select t.school_id, count(*) filter (where t.status = 'SUBMITTED'),
				       count(*) filter (where t.status = 'OPEN' and t.due_date >= :today),
				       count(*) filter (where t.status = 'OPEN' and t.due_date < :today)
				from inspection.task t""" + " where " + taskScope(caller.scope()) + " group by t.school_id")
			.params(InspectionRows.scopeParams(caller.scope()))
			.param("today", LocalDate.now(clock))
			.query(rs -> {
				counts.put(rs.getLong(1), new int[] { rs.getInt(2), rs.getInt(3), rs.getInt(4) });
			});
		return schools.stream().map(s -> {
			int[] c = counts.getOrDefault(s.id(), new int[3]);
			return new SchoolProgress(s.id(), s.name(), s.regionName(), c[0], c[1], c[2]);
		})
			.sorted(Comparator.comparingInt(SchoolProgress::overdue)
				.reversed()
				.thenComparing(Comparator.comparingInt(SchoolProgress::open).reversed())
				.thenComparing(SchoolProgress::schoolName))
			.toList();
	}

	private List<TaskView> query(String where, CurrentUser caller) {
		LocalDate today = LocalDate.now(clock);
		return jdbc.sql(InspectionRows.TASK + "where " + where)
			.params(InspectionRows.scopeParams(caller.scope()))
			.param("username", caller.username())
			.param("role", caller.role().name())
			.query((rs, n) -> InspectionRows.task(rs, today))
			.list();
	}

	private static String assignedTo() {
		return "(p.inspector_username = :username or (p.inspector_username is null and p.inspector_role = :role))";
	}

	static String taskScope(DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> "true";
			case REGION -> "t.region_code like :prefix || '%'";
			case SCHOOL -> "t.school_id = :school";
			case SELF -> "false";
		};
	}

	/**
	 * The failed item's photo goes with the hazard it opened; a refused photo refuses the
	 * whole submission (nothing is signed), with the error at the item.
	 */
	private void attachPhoto(long hazardId, long itemId, SubmitInspection.Photo photo) {
		if (photo == null || photo.bytes().length == 0) {
			return;
		}
		try {
			photos.attach(hazardId, photo.bytes(), photo.fileName());
		}
		catch (BusinessRuleViolation refused) {
			String field = refused.fieldErrors().keySet().iterator().next();
			throw new BusinessRuleViolation("answers[" + itemId + "].photo", refused.fieldErrors().get(field),
					refused.arguments(field));
		}
	}

	/**
	 * The inspector's finding names the hazard; the failed requirement stays in the
	 * description.
	 */
	static String hazardTitle(String note, String itemText) {
		String finding = note == null || note.isBlank() ? "未达标：" + itemText : note.trim();
		return finding.length() > 100 ? finding.substring(0, 99) + "…" : finding;
	}

}
