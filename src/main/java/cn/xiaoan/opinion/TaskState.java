package cn.xiaoan.opinion;

/** A task's progress: 待办 → 处理中 → 已完成. */
public enum TaskState {

	TODO, DOING, DONE;

	/** The message key of the display name. */
	public String messageKey() {
		return "opinion.task." + name();
	}

}
