package cn.xiaoan.waters;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A patrol schedule of a water for a key period: the days (every day, or the weekends
 * only), the patrol people by name (teachers, village cadres, volunteers) and the nearby
 * school whose staff take part, whose 待办 then shows the patrols due.
 */
public record ScheduleCommand(@NotNull PatrolPeriod period,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, boolean weekendsOnly,
		@NotBlank @Size(max = 300) String patrollers, Long schoolId) {
}
