package cn.xiaoan.hazard;

import jakarta.validation.constraints.Size;

/** 验收: accepted (the default) or rejected back to 整改, with a note. */
record VerifyHazard(@Size(max = 500) String note, Boolean accepted) {

	VerifyHazard {
		note = note == null ? "" : note.trim();
		accepted = accepted == null || accepted;
	}

}
