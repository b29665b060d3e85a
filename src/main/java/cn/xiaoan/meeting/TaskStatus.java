package cn.xiaoan.meeting;

/** A decision task's state: 待办 → 处理中 → 已办结. */
public enum TaskStatus {

	OPEN, IN_PROGRESS, DONE;

	public String messageKey() {
		return "meeting.task.status." + name();
	}

}
