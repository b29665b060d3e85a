package cn.xiaoan.warning;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Times of warnings as pages and exports show them: in the installation's zone (Beijing).
 */
@Component("warningTimes")
public class WarningTimes {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Clock clock;

	WarningTimes(Clock clock) {
		this.clock = clock;
	}

	public String format(Instant time) {
		return time == null ? "" : MINUTE.format(time.atZone(clock.getZone()));
	}

	/** The value of a {@code datetime-local} input. */
	public String input(Instant time) {
		return time == null ? ""
				: DateTimeFormatter.ISO_LOCAL_DATE_TIME
					.format(time.atZone(clock.getZone()).toLocalDateTime().withSecond(0).withNano(0))
					.substring(0, 16);
	}

	public Instant now() {
		return clock.instant();
	}

}
