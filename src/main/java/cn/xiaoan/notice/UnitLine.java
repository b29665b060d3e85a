package cn.xiaoan.notice;

import java.time.Instant;

/**
 * An addressed unit and its reading: a school or a lower bureau of a bureau's notice, a
 * school's staff or a class of a school's notice. {@code addressed} is known for classes
 * only (0 otherwise). {@code source} names the installation below a unit mirrored from
 * there lives in (null for a unit of this installation): read-only here, read by nobody
 * named.
 */
public record UnitLine(String unitKey, String name, String regionCode, int addressed, int readers, Instant readAt,
		String readBy, Instant remindedAt, String source) {

	public boolean mirrored() {
		return source != null;
	}

	public char kind() {
		return unitKey.charAt(0);
	}

	public boolean read() {
		return readAt != null;
	}

	/** The numeric id after the kind (a school, class or region code). */
	public String ref() {
		int at = unitKey.indexOf('@');
		return unitKey.substring(2, at < 0 ? unitKey.length() : at);
	}

}
