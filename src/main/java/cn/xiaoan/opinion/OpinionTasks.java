package cn.xiaoan.opinion;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static cn.xiaoan.opinion.OpinionTime.utc;

/**
 * Tasks of a case's linked departments: the team assigns them to an account of the case's
 * region or school (partners included), their owner takes them up and answers them. The
 * owner of a task reaches that task and its case's summary — the one, narrow exception
 * that lets a read-only partner (the police liaison) act (ADR 0028).
 */
@Service
@Transactional
public class OpinionTasks {

	private final OpinionCases store;

	private final OpinionAccess access;

	private final OpinionReads reads;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final OpinionTime time;

	private final Words words;

	OpinionTasks(OpinionCases store, OpinionAccess access, OpinionReads reads, Notifications notifications,
			ApplicationEventPublisher events, OpinionTime time, Words words) {
		this.store = store;
		this.access = access;
		this.reads = reads;
		this.notifications = notifications;
		this.events = events;
		this.time = time;
		this.words = words;
	}

	/** Assigns a task of one of the case's departments; its owner hears of it. */
	public long assign(long caseId, AssignTask command) {
		OpinionCase c = access.forTeam(caseId, OpinionPermissions.MANAGE, true);
		c.requireOpen();
		CurrentUser caller = Callers.current();
		String department = store.jdbc()
			.sql("select name from opinion.department where id = :d and case_id = :c")
			.param("d", command.departmentId())
			.param("c", caseId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new BusinessRuleViolation("departmentId", "opinion.task.department"));
		CurrentUser owner = access.account(command.owner(), "owner");
		access.requireOwner(owner, c);
		Instant now = time.now();
		Instant deadline = command.deadline().atZone(ZoneId.systemDefault()).toInstant();
		if (!deadline.isAfter(now)) {
			throw new BusinessRuleViolation("deadline", "opinion.task.deadlinePast");
		}
		long id = store.jdbc()
			.sql("""
					insert into opinion.task (case_id, department_id, title, owner_account_id, owner_name, deadline,
					       assigned_at)
					values (:c, :d, :t, :o, :on, :deadline, :now) returning id""")
			.param("c", caseId)
			.param("d", command.departmentId())
			.param("t", command.title())
			.param("o", owner.accountId())
			.param("on", owner.displayName())
			.param("deadline", utc(deadline))
			.param("now", utc(now))
			.query(Long.class)
			.single();
		store.record(caseId, now, caller.displayName(), "opinion.timeline.assigned", command.title(), department,
				owner.displayName(), Words.minute(deadline));
		notifications.toAccounts(List.of(owner.accountId()), "opinion.notify.assigned", "/opinion-tasks/" + id, c.title,
				command.title(), Words.minute(deadline));
		events.publishEvent(EntityChanged.created("opinion_task", id, c.regionCode, c.schoolId,
				Map.of("task", command.title(), "owner", owner.displayName(), "deadline", Words.minute(deadline))));
		return id;
	}

	/** 处理中: the owner takes the task up. */
	public void start(long taskId) {
		change(taskId, "opinion.timeline.started", (task, now) -> task.start(Callers.current().accountId()));
	}

	/** 已完成: the owner answers what was done. */
	public void answer(long taskId, StepNote command) {
		change(taskId, "opinion.timeline.answered",
				(task, now) -> task.answer(Callers.current().accountId(), command.note(), now));
	}

	/**
	 * A task with its case's summary, for its owner (whatever the role) or for the case's
	 * team; to anyone else it does not exist.
	 */
	@Transactional(readOnly = true)
	public TaskView task(long taskId) {
		OpinionTask task = reachable(taskId);
		return reads.task(task.id, time.now());
	}

	/** The caller's own tasks, open first, soonest due first. */
	@Transactional(readOnly = true)
	public List<TaskView> myTasks() {
		CurrentUser caller = requireAssignable(Callers.current());
		return reads.tasksOf(caller.accountId(), time.now());
	}

	/**
	 * Teachers, guards, students and parents hold no tasks; partners and the safety
	 * leaders do.
	 */
	static CurrentUser requireAssignable(CurrentUser caller) {
		boolean partner = caller.role().isPartner();
		if (!partner && !caller.can(OpinionPermissions.READ) || caller.role() == Role.SYSTEM_ADMIN) {
			throw new AccessDenied("holds no opinion tasks");
		}
		return caller;
	}

	private OpinionTask reachable(long taskId) {
		CurrentUser caller = Callers.current();
		OpinionTask task;
		try {
			task = store.task(taskId, false);
		}
		catch (NotFound ex) {
			throw new NotFound("opinion task", taskId);
		}
		if (task.ownerAccountId == caller.accountId()) {
			return task;
		}
		// not the owner: a team member of the case, or nobody
		access.forTeam(task.caseId, OpinionPermissions.READ, false);
		return task;
	}

	private void change(long taskId, String key, java.util.function.BiConsumer<OpinionTask, Instant> transition) {
		CurrentUser caller = Callers.current();
		OpinionTask found = reachable(taskId);
		if (found.ownerAccountId != caller.accountId()) {
			throw new AccessDenied("only the owner of a task answers it");
		}
		OpinionTask task = store.task(taskId, true);
		OpinionCase c = store.load(task.caseId, false);
		c.requireOpen();
		TaskState before = task.state;
		Instant now = time.now();
		transition.accept(task, now);
		store.save(task);
		String title = store.jdbc()
			.sql("select title from opinion.task where id = :id")
			.param("id", taskId)
			.query(String.class)
			.single();
		store.record(task.caseId, now, caller.displayName(), key, title, task.note);
		events.publishEvent(EntityChanged.updated("opinion_task", taskId, c.regionCode, c.schoolId,
				Map.of("state", words.label(before.messageKey())),
				Map.of("state", words.label(task.state.messageKey()), "note", task.note)));
	}

}
