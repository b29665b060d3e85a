package cn.xiaoan.opinion;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A task of a linked department for an account (by user name) with its deadline in
 * Beijing time.
 */
public record AssignTask(@NotNull Long departmentId, @NotBlank @Size(max = 100) String title,
		@NotBlank @Size(max = 50) String owner,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime deadline) {

	public AssignTask {
		title = title == null ? null : title.trim();
		owner = owner == null ? null : owner.trim();
	}

}
