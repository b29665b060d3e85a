package cn.xiaoan.people;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Roll a school over into the new school year; {@code dryRun} (the default) only answers
 * what would happen. {@code newClasses}: classes to open in the new first grade for the
 * intake (default: as many as the first grade has now).
 */
public record AdvanceSchoolYear(Boolean dryRun, @Min(0) @Max(30) Integer newClasses) {

	public boolean preview() {
		return dryRun == null || dryRun;
	}

}
