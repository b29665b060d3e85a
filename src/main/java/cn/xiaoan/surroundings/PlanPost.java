package cn.xiaoan.surroundings;

import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A guard post (school-run post) as a school plans it: where, which window, on which days
 * (12345: Monday to Friday), and who stands there — police officers, staff and
 * volunteers, by count and by name.
 */
public record PlanPost(@NotNull Long schoolId, @NotBlank @Size(max = 100) String name,
		@NotBlank @Size(max = 200) String location, @NotNull GuardSlot slot,
		@NotBlank @Pattern(regexp = "[1-7]{1,7}") String days,
		@NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime startsAt,
		@NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime endsAt, @NotNull @Min(0) @Max(50) Integer police,
		@NotNull @Min(0) @Max(50) Integer staff, @NotNull @Min(0) @Max(50) Integer volunteers,
		@Size(max = 300) String people) {

	public PlanPost {
		name = name == null ? null : name.trim();
		location = location == null ? null : location.trim();
		people = people == null ? "" : people.trim();
		// each weekday once, in order
		days = days == null ? null
				: days.chars()
					.distinct()
					.sorted()
					.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
					.toString();
	}

}
