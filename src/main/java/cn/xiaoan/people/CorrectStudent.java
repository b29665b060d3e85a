package cn.xiaoan.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A school's correction of a student's data; a blank ID number keeps the one on file (the
 * form never shows it).
 */
record CorrectStudent(@NotNull Long classId, @NotBlank @Size(max = 50) String name, @Size(max = 18) String idCard,
		boolean boarder) {

	CorrectStudent {
		name = name == null ? null : name.trim();
		idCard = idCard == null ? "" : idCard.trim().toUpperCase();
	}

}
