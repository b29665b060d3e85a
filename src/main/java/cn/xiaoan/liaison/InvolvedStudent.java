package cn.xiaoan.liaison;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A student a clue involves, with the minimum the police need: the grade, the initials of
 * the name in capital letters (two to four), the part played. There is no name field.
 */
public record InvolvedStudent(@NotBlank @Size(max = 20) String grade,
		@NotBlank @Pattern(regexp = "[A-Z]{1,4}", message = "{liaison.student.initials}") String initials,
		@NotNull StudentPart part) {

	public InvolvedStudent {
		grade = grade == null ? null : grade.trim();
		initials = initials == null ? null : initials.trim().toUpperCase(java.util.Locale.ROOT);
	}

}
