package cn.xiaoan.surroundings;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What the department did about a case and on which day. */
public record CloseCase(@NotBlank @Size(max = 1000) String result,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate actedOn) {

	public CloseCase {
		result = result == null ? null : result.trim();
	}

}
