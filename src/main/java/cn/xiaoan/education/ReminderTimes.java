package cn.xiaoan.education;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * When a reminder went out, as a refused repeat tells it ("已于 09:41 提醒过"): the time in
 * the installation's zone, with the day when it was not today.
 */
public final class ReminderTimes {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private ReminderTimes() {
	}

	public static String when(OffsetDateTime at, Clock clock) {
		ZonedDateTime local = at.atZoneSameInstant(ZoneId.systemDefault());
		boolean today = local.toLocalDate().equals(LocalDate.now(clock.withZone(ZoneId.systemDefault())));
		return local.format(today ? TIME : DAY_TIME);
	}

}
