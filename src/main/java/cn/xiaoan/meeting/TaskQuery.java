package cn.xiaoan.meeting;

/**
 * The task list's filters: state, overdue only, the body's region; the list of a caller
 * who reads no meetings holds only the tasks assigned to them.
 */
record TaskQuery(TaskStatus status, boolean overdue, String region) {

	TaskQuery {
		region = region == null || !region.matches("\\d{6}|\\d{9}") ? null : region;
	}

	static TaskQuery all() {
		return new TaskQuery(null, false, null);
	}

}
