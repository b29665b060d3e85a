package cn.xiaoan.emergency;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A drill of a school, planned or held: the day, the scenario (linked to a plan of the
 * set when {@code planId} is given), the classes taking part and the head count, the
 * storeys of the building evacuated; when held, the time the evacuation took (minutes and
 * seconds — none for a drill still planned), a summary and the problems found (one a
 * line).
 */
public record RecordDrill(@NotNull Long schoolId, @NotNull LocalDate heldOn, @NotBlank @Size(max = 100) String scenario,
		Long planId, @Size(max = 500) String classes, @NotNull @Min(0) @Max(100000) Integer headcount,
		@NotNull @Min(1) @Max(60) Integer storeys, @Min(0) @Max(600) Integer evacuationMinutes,
		@Min(0) @Max(59) Integer evacuationSeconds, @Size(max = 1000) String summary,
		@Size(max = 20) List<@Size(max = 300) String> problems) {

	public RecordDrill {
		scenario = scenario == null ? null : scenario.trim();
		classes = classes == null ? "" : classes.trim();
		summary = summary == null ? "" : summary.trim();
		problems = problems == null ? List.of()
				: problems.stream().filter(p -> p != null && !p.isBlank()).map(String::trim).toList();
	}

	/** The evacuation time in seconds, or null while the drill is only planned. */
	Integer totalSeconds() {
		if (evacuationMinutes == null && evacuationSeconds == null) {
			return null;
		}
		return (evacuationMinutes == null ? 0 : evacuationMinutes) * 60
				+ (evacuationSeconds == null ? 0 : evacuationSeconds);
	}

}
