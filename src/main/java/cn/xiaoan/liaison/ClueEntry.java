package cn.xiaoan.liaison;

import java.time.Instant;

/** One entry of a clue's timeline: a step or a message, by which side. */
public record ClueEntry(Instant at, String kind, Side side, String byName, String text) {

	/** The message key of the entry's kind. */
	public String messageKey() {
		return "liaison.event." + kind;
	}

}
