package cn.xiaoan.assessment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** 约谈 and a rectification order for a school ranked low: why, and by when. */
public record OpenInterview(@NotNull Long schoolId, @NotBlank @Size(max = 12) String period,
		@NotBlank @Size(max = 2000) String reason,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {

	public OpenInterview {
		reason = reason == null ? null : reason.trim();
	}

}
