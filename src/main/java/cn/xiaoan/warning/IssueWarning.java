package cn.xiaoan.warning;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import cn.xiaoan.org.SchoolType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Issue a warning to the schools of {@code regionCode} (the caller's own region when
 * blank), narrowed to some school types or to chosen schools when given. The required
 * actions come one per line.
 */
public record IssueWarning(@NotNull WarningKind kind, @NotNull WarningLevel level,
		@NotBlank @Size(max = 100) String title, @NotBlank @Size(max = 2000) String body,
		@NotBlank @Size(max = 4000) String actions,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime validUntil, String regionCode,
		List<SchoolType> schoolTypes, List<Long> schoolIds) {

	/** At most this many required actions, each at most 200 characters. */
	static final int MAX_ACTIONS = 20;

	public IssueWarning {
		title = title == null ? null : title.trim();
		body = body == null ? null : body.trim();
		regionCode = regionCode == null ? "" : regionCode.trim();
		schoolTypes = schoolTypes == null ? List.of() : List.copyOf(schoolTypes);
		schoolIds = schoolIds == null ? List.of() : schoolIds.stream().filter(java.util.Objects::nonNull).toList();
	}

	/** The checklist: one non-blank line each. */
	public List<String> actionList() {
		return actions == null ? List.of()
				: Arrays.stream(actions.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

}
