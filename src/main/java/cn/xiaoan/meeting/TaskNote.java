package cn.xiaoan.meeting;

import jakarta.validation.constraints.Size;

/** What is being done about a task (处理中). */
record TaskNote(@Size(max = 1000) String note) {

	TaskNote {
		note = note == null ? "" : note.trim();
	}

}
