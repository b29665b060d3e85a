package cn.xiaoan.notice;

import java.time.Instant;

/**
 * An addressed unit and its reading: a school or a lower bureau of a bureau's notice, a
 * school's staff or a class of a school's notice. {@code addressed} is known for classes
 * only (0 otherwise).
 */
public record UnitLine(String unitKey, String name, String regionCode, int addressed, int readers, Instant readAt,
		String readBy, Instant remindedAt) {

	public char kind() {
		return unitKey.charAt(0);
	}

	public boolean read() {
		return readAt != null;
	}

	/** The numeric id after the kind (a school, class or region code). */
	public String ref() {
		return unitKey.substring(2);
	}

}
