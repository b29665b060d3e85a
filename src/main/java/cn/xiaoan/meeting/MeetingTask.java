package cn.xiaoan.meeting;

import java.time.LocalDate;

import cn.xiaoan.shared.BusinessRuleViolation;

/**
 * A decision's task (督办事项): 待办 → 处理中 → 已办结. Done is final; closing takes a result; a task
 * not done after its deadline is overdue and may be chased once a day.
 */
class MeetingTask {

	final long id;

	final long meetingId;

	final String regionCode;

	final LocalDate deadline;

	final Long assigneeAccountId;

	TaskStatus status;

	LocalDate chasedOn;

	MeetingTask(long id, long meetingId, String regionCode, LocalDate deadline, Long assigneeAccountId,
			TaskStatus status, LocalDate chasedOn) {
		this.id = id;
		this.meetingId = meetingId;
		this.regionCode = regionCode;
		this.deadline = deadline;
		this.assigneeAccountId = assigneeAccountId;
		this.status = status;
		this.chasedOn = chasedOn;
	}

	boolean overdue(LocalDate today) {
		return status != TaskStatus.DONE && deadline.isBefore(today);
	}

	/** 处理中: only a task still to do starts. */
	void start() {
		if (status != TaskStatus.OPEN) {
			throw new BusinessRuleViolation("status", "meeting.task.transition");
		}
		status = TaskStatus.IN_PROGRESS;
	}

	/** 已办结 with a result; answers whether it came after the deadline. */
	boolean close(String result, LocalDate today) {
		if (status == TaskStatus.DONE) {
			throw new BusinessRuleViolation("status", "meeting.task.transition");
		}
		if (result == null || result.isBlank()) {
			throw new BusinessRuleViolation("result", "meeting.task.result.required");
		}
		status = TaskStatus.DONE;
		return deadline.isBefore(today);
	}

	/** A reminder to the assignee: overdue, someone to tell, not told today yet. */
	void chase(LocalDate today) {
		if (!overdue(today)) {
			throw new BusinessRuleViolation("status", "meeting.task.chase.notOverdue");
		}
		if (assigneeAccountId == null) {
			throw new BusinessRuleViolation("assignee", "meeting.task.chase.nobody");
		}
		if (today.equals(chasedOn)) {
			throw new BusinessRuleViolation("status", "meeting.task.chase.today");
		}
		chasedOn = today;
	}

}
