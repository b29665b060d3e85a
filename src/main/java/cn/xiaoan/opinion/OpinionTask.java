package cn.xiaoan.opinion;

import java.time.Duration;
import java.time.Instant;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;

/**
 * A task of a linked department: its owner takes it up (处理中) and answers it (已完成, with a
 * note); overdue, it chases its owner once and, after the region's grace, reaches the
 * bureau above once.
 */
final class OpinionTask {

	final long id;

	final long caseId;

	final long ownerAccountId;

	final Instant deadline;

	TaskState state;

	String note;

	Instant answeredAt;

	Instant chasedAt;

	Instant escalatedAt;

	OpinionTask(long id, long caseId, long ownerAccountId, Instant deadline, TaskState state, String note,
			Instant answeredAt, Instant chasedAt, Instant escalatedAt) {
		this.id = id;
		this.caseId = caseId;
		this.ownerAccountId = ownerAccountId;
		this.deadline = deadline;
		this.state = state;
		this.note = note;
		this.answeredAt = answeredAt;
		this.chasedAt = chasedAt;
		this.escalatedAt = escalatedAt;
	}

	/** 处理中: only its owner takes a task up. */
	void start(long by) {
		requireOwner(by);
		if (state != TaskState.TODO) {
			throw new BusinessRuleViolation("state", "opinion.task.transition");
		}
		state = TaskState.DOING;
	}

	/** 已完成 with what was done: only its owner answers a task, once. */
	void answer(long by, String answer, Instant now) {
		requireOwner(by);
		if (state == TaskState.DONE) {
			throw new BusinessRuleViolation("state", "opinion.task.transition");
		}
		if (answer == null || answer.isBlank()) {
			throw new BusinessRuleViolation("note", "opinion.task.noteRequired");
		}
		state = TaskState.DONE;
		note = answer.trim();
		answeredAt = now;
	}

	boolean overdue(Instant now) {
		return state != TaskState.DONE && now.isAfter(deadline);
	}

	/** Overdue and its owner not yet chased. */
	boolean chaseDue(Instant now) {
		return overdue(now) && chasedAt == null;
	}

	/** Overdue beyond the grace and the bureau above not yet told. */
	boolean escalationDue(Instant now, int graceHours) {
		return overdue(now) && escalatedAt == null && !now.isBefore(deadline.plus(Duration.ofHours(graceHours)));
	}

	private void requireOwner(long by) {
		if (by != ownerAccountId) {
			throw new AccessDenied("task " + id + " belongs to another account");
		}
	}

}
