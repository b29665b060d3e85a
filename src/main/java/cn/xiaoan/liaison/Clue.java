package cn.xiaoan.liaison;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import cn.xiaoan.shared.BusinessRuleViolation;

/**
 * A clue's state and the rules of its steps: the police acknowledge a forwarded clue
 * (late once past the due time), may ask the school for more while it is open, and close
 * it with an outcome; the school's answer to a question puts it back with the police.
 */
record Clue(long id, String regionCode, Long schoolId, ClueState state, Instant acknowledgeDue, Instant acknowledgedAt,
		Long stationId) {

	/** The steps a side may take now, for the pages and the API alike. */
	enum Step {

		ACKNOWLEDGE, ASK, CLOSE, MESSAGE

	}

	Set<Step> allowedSteps(boolean police) {
		if (state == ClueState.CLOSED) {
			return EnumSet.noneOf(Step.class);
		}
		if (!police) {
			return EnumSet.of(Step.MESSAGE);
		}
		if (state == ClueState.FORWARDED) {
			return EnumSet.of(Step.ACKNOWLEDGE, Step.MESSAGE);
		}
		return EnumSet.of(Step.ASK, Step.CLOSE, Step.MESSAGE);
	}

	ClueState acknowledge() {
		require(state == ClueState.FORWARDED, "liaison.clue.alreadyAcknowledged");
		return ClueState.ACKNOWLEDGED;
	}

	ClueState ask() {
		require(state == ClueState.ACKNOWLEDGED || state == ClueState.INFO_REQUESTED, "liaison.clue.notAcknowledged");
		return ClueState.INFO_REQUESTED;
	}

	ClueState close() {
		require(state == ClueState.ACKNOWLEDGED || state == ClueState.INFO_REQUESTED, "liaison.clue.notAcknowledged");
		return ClueState.CLOSED;
	}

	/**
	 * A message of the school: an answer to a question returns the clue to the police.
	 */
	ClueState schoolWrites() {
		require(state != ClueState.CLOSED, "liaison.clue.closed");
		return state == ClueState.INFO_REQUESTED ? ClueState.ACKNOWLEDGED : state;
	}

	ClueState policeWrites() {
		require(state != ClueState.CLOSED, "liaison.clue.closed");
		require(state != ClueState.FORWARDED, "liaison.clue.notAcknowledged");
		return state;
	}

	/** Acknowledged after the due time, or still not acknowledged past it. */
	boolean late(Instant now) {
		return acknowledgedAt == null ? now.isAfter(acknowledgeDue) : acknowledgedAt.isAfter(acknowledgeDue);
	}

	private static void require(boolean ok, String key) {
		if (!ok) {
			throw new BusinessRuleViolation("state", key);
		}
	}

}
