package cn.xiaoan.schoolbus;

import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A route of the school's buses: its stops and departure time (as on the 校车标牌), the
 * vehicle, driver and escort that ride it, and the students who should be on board.
 */
public record PlanRoute(@NotNull Long schoolId, @NotBlank @Size(max = 50) String name,
		@NotBlank @Size(max = 1000) String stops,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime departsAt, @NotNull Long vehicleId,
		@NotNull Long driverId, Long escortId, List<Long> studentIds) {

	public PlanRoute {
		name = name == null ? null : name.trim();
		stops = stops == null ? null : stops.trim();
		studentIds = studentIds == null ? List.of() : List.copyOf(studentIds);
	}

}
