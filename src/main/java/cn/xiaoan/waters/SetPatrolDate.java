package cn.xiaoan.waters;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A bureau's key patrol dates for its whole region, e.g. the Dragon Boat holiday. */
public record SetPatrolDate(@NotBlank @Size(max = 50) String name,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {
}
