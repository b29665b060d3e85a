package cn.xiaoan.warning;

import java.time.Instant;
import java.util.UUID;

/**
 * Instructions a bureau on the way down added to a warning: {@code prefix} is its region
 * (a city's 4 digits, a county's 6), {@code fileId} its attachment if any.
 */
public record Instruction(long id, String prefix, String unitName, String text, Instant dueAt, UUID fileId,
		String fileName, String addedByName, Instant addedAt) {

	/** Whose level: a shorter prefix is higher up, shown first. */
	public boolean fromCity() {
		return prefix.length() < 6;
	}

}
