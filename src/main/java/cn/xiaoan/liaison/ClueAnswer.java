package cn.xiaoan.liaison;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message on a clue's thread, or the question the police ask. */
public record ClueAnswer(@NotBlank @Size(max = 1000) String text) {

	public ClueAnswer {
		text = text == null ? null : text.trim();
	}

}
