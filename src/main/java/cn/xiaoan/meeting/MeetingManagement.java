package cn.xiaoan.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.RegionCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting module's API: a body records the meetings it held and their decisions, each
 * a task; the task's owner (or the body) moves it to done; the body chases overdue ones.
 * Every call checks role and scope: a body writes only its own meetings, reads those of
 * its region and below; an account assigned a task reads and answers that task alone.
 */
@Service
@Transactional
public class MeetingManagement {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final Assignees assignees;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	private final TaskStore taskStore;

	MeetingManagement(JdbcClient jdbc, OrgManagement org, Assignees assignees, Notifications notifications,
			ApplicationEventPublisher events, MessageSource messages, Clock clock, TaskStore taskStore) {
		this.jdbc = jdbc;
		this.taskStore = taskStore;
		this.org = org;
		this.assignees = assignees;
		this.notifications = notifications;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/** Records a meeting the caller's body held; answers its id. */
	public long record(RecordMeeting command) {
		CurrentUser caller = Callers.current().require(MeetingPermissions.MANAGE);
		String region = ownRegion(caller);
		if (!command.kind().heldAt(RegionCode.of(region).level())) {
			throw new BusinessRuleViolation("kind", "meeting.kind.notHere");
		}
		OffsetDateTime heldAt = command.heldAt().atZone(clock.getZone()).toOffsetDateTime();
		if (heldAt.isAfter(OffsetDateTime.now(clock).plusHours(1))) {
			throw new BusinessRuleViolation("heldAt", "meeting.heldAt.future");
		}
		if (heldAt.isBefore(OffsetDateTime.now(clock).minusYears(3))) {
			throw new BusinessRuleViolation("heldAt", "meeting.heldAt.tooOld");
		}
		long id = jdbc.sql("""
				insert into meeting.meeting (region_code, kind, title, held_at, place, chair, departments, attendees,
				       agenda, minutes, recorded_by, recorded_by_name, recorded_at)
				values (:r, :k, :t, :h, :p, :c, :d, :a, :g, :m, :by, :byName, :at) returning id""")
			.param("r", region)
			.param("k", command.kind().name())
			.param("t", command.title())
			.param("h", heldAt)
			.param("p", command.place())
			.param("c", command.chair())
			.param("d", command.departments().stream().map(Enum::name).collect(Collectors.joining(",")))
			.param("a", command.attendees())
			.param("g", command.agenda())
			.param("m", command.minutes())
			.param("by", caller.accountId())
			.param("byName", caller.displayName())
			.param("at", OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
		events.publishEvent(new MeetingHeld(id, region, command.kind(), heldAt));
		events.publishEvent(EntityChanged.created("meeting", id, region, null, Map.of("title", command.title(), "kind",
				label(command.kind().messageKey()), "heldAt", heldAt.toLocalDateTime().toString())));
		return id;
	}

	/** Adds a decision (议定事项) to a meeting of the caller's body: a task to its owner. */
	public long addDecision(long meetingId, AddDecision command) {
		CurrentUser caller = Callers.current().require(MeetingPermissions.MANAGE);
		MeetingView meeting = meeting(meetingId);
		if (!meeting.regionCode().equals(body(caller))) {
			throw new AccessDenied("only the convening body adds decisions");
		}
		// A meeting may be recorded days after it was held: the deadline counts from it.
		LocalDate held = meeting.heldAt().atZoneSameInstant(clock.getZone()).toLocalDate();
		if (command.deadline().isBefore(held)) {
			throw new BusinessRuleViolation("deadline", "meeting.task.deadline.past");
		}
		if (command.deadline().isAfter(held.plusYears(2))) {
			throw new BusinessRuleViolation("deadline", "meeting.task.deadline.tooLate");
		}
		CurrentUser assignee = command.assignee().isEmpty() ? null
				: assignees.find(command.assignee(), meeting.regionCode());
		long id = taskStore.insert(meetingId, meeting.regionCode(), command, assignee);
		if (assignee != null) {
			notifications.toAccounts(List.of(assignee.accountId()), "notify.meeting.taskAssigned", taskLink(id),
					meeting.title(), command.decision(), command.deadline().toString());
		}
		events.publishEvent(EntityChanged.created("meeting_task", id, meeting.regionCode(), null,
				Map.of("decision", command.decision(), "owner",
						label(command.ownerDepartment().messageKey()) + " " + command.ownerPerson(), "deadline",
						command.deadline().toString())));
		return id;
	}

	/** 处理中, with a note of what is being done. */
	public void startTask(long taskId, String note) {
		MeetingTask task = loadForAnswer(taskId);
		TaskStatus before = task.status;
		task.start();
		save(task, before, "progress_note = :note", Map.of("note", note == null ? "" : note.trim()));
	}

	/** 已办结: the result and its evidence; late when after the deadline. */
	public void closeTask(long taskId, CloseTask command) {
		MeetingTask task = loadForAnswer(taskId);
		TaskStatus before = task.status;
		boolean late = task.close(command.result(), today());
		save(task, before, "result = :result, evidence = :evidence, closed_at = :at, closed_by_name = :by",
				Map.of("result", command.result(), "evidence", command.evidence(), "at", OffsetDateTime.now(clock),
						"by", Callers.current().displayName()));
		events.publishEvent(new DecisionTaskClosed(taskId, task.meetingId, task.regionCode, task.deadline, late));
	}

	/** 催办: tells the assignee of an overdue task (once a day at most). */
	public void chase(long taskId) {
		CurrentUser caller = Callers.current().require(MeetingPermissions.MANAGE);
		MeetingTask task = taskStore.lock(taskId);
		if (!caller.scope().coversRegion(task.regionCode)) {
			throw new NotFound("meeting task", taskId);
		}
		TaskStatus before = task.status;
		task.chase(today());
		save(task, before, "chased_on = :today", Map.of("today", today()));
		TaskView view = task(taskId);
		notifications.toAccounts(List.of(task.assigneeAccountId), "notify.meeting.taskOverdue", taskLink(taskId),
				view.meetingTitle(), view.decision(), view.deadline().toString());
	}

	/** A meeting of the caller's region or below. */
	@Transactional(readOnly = true)
	public MeetingView meeting(long id) {
		CurrentUser caller = Callers.current();
		MeetingView meeting = jdbc.sql(MeetingRows.MEETING + " where m.id = :id")
			.param("id", id)
			.param("today", today())
			.query((rs, n) -> MeetingRows.meeting(rs, org.regionNames()))
			.optional()
			.orElseThrow(() -> new NotFound("meeting", id));
		if (!caller.can(MeetingPermissions.READ) || !caller.scope().coversRegion(meeting.regionCode())) {
			throw new NotFound("meeting", id);
		}
		return meeting;
	}

	/** A meeting's decision tasks, in the order they were decided. */
	@Transactional(readOnly = true)
	public List<TaskView> tasksOf(long meetingId) {
		meeting(meetingId);
		Map<String, String> regions = org.regionNames();
		return jdbc.sql(MeetingRows.TASK + " where t.meeting_id = :m order by t.id")
			.param("m", meetingId)
			.query((rs, n) -> MeetingRows.task(rs, regions, today()))
			.list();
	}

	/** A task: for its assignee, or a reader of the meeting's region. */
	@Transactional(readOnly = true)
	public TaskView task(long id) {
		CurrentUser caller = Callers.current();
		TaskView task = jdbc.sql(MeetingRows.TASK + " where t.id = :id")
			.param("id", id)
			.query((rs, n) -> MeetingRows.task(rs, org.regionNames(), today()))
			.optional()
			.orElseThrow(() -> new NotFound("meeting task", id));
		boolean reader = caller.can(MeetingPermissions.READ) && caller.scope().coversRegion(task.regionCode());
		if (!reader && !isAssignee(caller, task.assigneeAccountId())) {
			throw new NotFound("meeting task", id);
		}
		return task;
	}

	/** May the caller move this task on (start, close)? */
	@Transactional(readOnly = true)
	public boolean mayAnswer(TaskView task) {
		CurrentUser caller = Callers.current();
		return task.status() != TaskStatus.DONE && mayAct(Callers.current(), task);
	}

	private static boolean mayAct(CurrentUser caller, TaskView task) {
		return isAssignee(caller, task.assigneeAccountId())
				|| caller.can(MeetingPermissions.MANAGE) && task.regionCode().equals(body(caller));
	}

	/** May the caller record meetings and add decisions to those of its own body? */
	public boolean mayRecord(String meetingRegion) {
		CurrentUser caller = Callers.current();
		return caller.can(MeetingPermissions.MANAGE) && body(caller) != null
				&& (meetingRegion == null || meetingRegion.equals(body(caller)));
	}

	/** May the caller read the meetings of this region? */
	public boolean mayRead(String regionCode) {
		CurrentUser caller = Callers.current();
		return caller.can(MeetingPermissions.READ) && caller.scope().coversRegion(regionCode);
	}

	/** The kinds the caller's body holds. */
	public List<MeetingKind> kindsForCaller() {
		CurrentUser caller = Callers.current().require(MeetingPermissions.MANAGE);
		RegionCode.Level level = RegionCode.of(ownRegion(caller)).level();
		return java.util.Arrays.stream(MeetingKind.values()).filter(k -> k.heldAt(level)).toList();
	}

	private MeetingTask loadForAnswer(long taskId) {
		TaskView view = task(taskId);
		if (!mayAct(Callers.current(), view)) {
			throw new AccessDenied("only the assignee or the convening body answers a task");
		}
		return taskStore.lock(taskId);
	}

	private void save(MeetingTask task, TaskStatus before, String set, Map<String, Object> params) {
		taskStore.update(task, set, params);
		events.publishEvent(EntityChanged.updated("meeting_task", task.id, task.regionCode, null,
				Map.of("status", label(before.messageKey())), Map.of("status", label(task.status.messageKey()))));
	}

	private static boolean isAssignee(CurrentUser caller, Long assignee) {
		return assignee != null && assignee == caller.accountId();
	}

	/** The caller's body: a region-scoped bureau (a township, county, city, province). */
	private static String ownRegion(CurrentUser caller) {
		String body = body(caller);
		if (body == null) {
			throw new AccessDenied("only a township's or a bureau's account records its meetings");
		}
		return body;
	}

	/**
	 * The region code of the caller's body, or null for a school or the whole platform.
	 */
	static String body(CurrentUser caller) {
		return caller.scope().kind() == DataScope.Kind.REGION
				? RegionCode.fromPrefix(caller.scope().regionPrefix()).value() : null;
	}

	static String taskLink(long id) {
		return "/meeting-tasks/" + id;
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, CHINESE);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
