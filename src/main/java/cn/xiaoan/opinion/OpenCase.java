package cn.xiaoan.opinion;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Open a case: what happened, when (Beijing time) and where, how grave, where it came
 * from, the schools it concerns (within the opener's scope; the platform administrator
 * names at least one) and the account of the named approver of its statements.
 */
public record OpenCase(@NotBlank @Size(max = 100) String title, @Size(max = 2000) String description,
		@Size(max = 100) String location,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt,
		@NotNull Severity severity, @NotNull CaseSource source, @Size(max = 50) List<Long> schoolIds,
		@NotBlank @Size(max = 50) String approver) {

	public OpenCase {
		title = title == null ? null : title.trim();
		description = description == null ? "" : description.trim();
		location = location == null ? "" : location.trim();
		schoolIds = schoolIds == null ? List.of()
				: schoolIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
		approver = approver == null ? null : approver.trim();
	}

}
