package cn.xiaoan.liaison;

import java.time.LocalDate;

/**
 * Where an appointment stands on a day: not yet begun, current, current but lapsing
 * within the policy's days, lapsed.
 */
public enum DeputyStatus {

	FUTURE, CURRENT, EXPIRING, EXPIRED;

	static DeputyStatus on(LocalDate today, LocalDate startsOn, LocalDate endsOn, int alertDays) {
		if (today.isBefore(startsOn)) {
			return FUTURE;
		}
		if (today.isAfter(endsOn)) {
			return EXPIRED;
		}
		return endsOn.isAfter(today.plusDays(alertDays)) ? CURRENT : EXPIRING;
	}

	public boolean current() {
		return this == CURRENT || this == EXPIRING;
	}

	public String messageKey() {
		return "liaison.deputyStatus." + name();
	}

}
