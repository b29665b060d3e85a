package cn.xiaoan.warning;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * 县级工作要求: a bureau's own instructions for its schools under a warning passed down to
 * them, with an optional deadline earlier than the warning's end.
 */
public record AddInstruction(@NotBlank @Size(max = 2000) String text,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime dueAt) {

	public AddInstruction {
		text = text == null ? null : text.trim();
	}

}
