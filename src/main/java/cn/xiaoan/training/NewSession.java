package cn.xiaoan.training;

import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.format.annotation.DateTimeFormat;

/** A session of a course; capacity defaults to the course's. */
public record NewSession(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
		@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss") LocalTime startsAt,
		@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss") LocalTime endsAt, Integer capacity,
		String location, String instructor) {

	public NewSession {
		location = FieldRules.trim(location);
		instructor = FieldRules.trim(instructor);
	}

	NewSession withCapacity(int defaultCapacity) {
		return capacity == null ? new NewSession(day, startsAt, endsAt, defaultCapacity, location, instructor) : this;
	}

	void validate(LocalDate today) {
		new FieldRules().present("day", day)
			.check(day == null || day.isAfter(today), "day", "training.error.day.past")
			.check(day == null || !day.isAfter(today.plusYears(1)), "day", "training.error.day.far")
			.present("startsAt", startsAt)
			.present("endsAt", endsAt)
			.check(startsAt == null || endsAt == null || endsAt.isAfter(startsAt), "endsAt",
					"training.error.time.order")
			.range("capacity", capacity, 1, 500)
			.text("location", location, false, 60)
			.text("instructor", instructor, false, 30)
			.orThrow();
	}

}
