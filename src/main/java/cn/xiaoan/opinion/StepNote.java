package cn.xiaoan.opinion;

import jakarta.validation.constraints.Size;

/** A note with a step: a task's answer, a return's reason, a timeline note. */
public record StepNote(@Size(max = 1000) String note) {

	public StepNote {
		note = note == null ? "" : note.trim();
	}

}
