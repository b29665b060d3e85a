package cn.xiaoan.hazard;

import jakarta.validation.constraints.Size;

/** A step that takes only an optional note (整改完成, 现场整改, 现场验收). */
record StepNote(@Size(max = 500) String note) {

	StepNote {
		note = note == null ? "" : note.trim();
	}

	static StepNote none() {
		return new StepNote("");
	}

}
