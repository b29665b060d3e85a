package cn.xiaoan.emergency;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The result of a planned drill once held: time taken, head count, summary, problems (one
 * a line).
 */
public record DrillResult(@NotNull @Min(0) @Max(600) Integer evacuationMinutes,
		@NotNull @Min(0) @Max(59) Integer evacuationSeconds, @NotNull @Min(0) @Max(100000) Integer headcount,
		@Size(max = 1000) String summary, @Size(max = 20) List<@Size(max = 300) String> problems) {

	public DrillResult {
		summary = summary == null ? "" : summary.trim();
		problems = problems == null ? List.of()
				: problems.stream().filter(p -> p != null && !p.isBlank()).map(String::trim).toList();
	}

	int totalSeconds() {
		return evacuationMinutes * 60 + evacuationSeconds;
	}

}
