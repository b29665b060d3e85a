package cn.xiaoan.opinion;

import java.time.Instant;

import cn.xiaoan.shared.BusinessRuleViolation;

/**
 * An opinion case (舆情事件) and its rules: it is worked on while open, its release deadlines
 * are counted from the occurrence, and the first publication of each kind meets them.
 * {@link OpinionCases} loads and saves it.
 */
final class OpinionCase {

	final long id;

	/**
	 * The opener's unit: a bureau's region, or the region of the school that opened it.
	 */
	final String regionCode;

	/** The school that opened the case; null when a bureau did. */
	final Long schoolId;

	final String title;

	final Severity severity;

	final Instant occurredAt;

	final long approverAccountId;

	CaseState state;

	Instant closedAt;

	Instant firstReleaseAt;

	Instant pressAt;

	Instant releaseLateToldAt;

	Instant pressLateToldAt;

	OpinionCase(long id, String regionCode, Long schoolId, String title, Severity severity, Instant occurredAt,
			long approverAccountId, CaseState state, Instant closedAt, Instant firstReleaseAt, Instant pressAt,
			Instant releaseLateToldAt, Instant pressLateToldAt) {
		this.id = id;
		this.regionCode = regionCode;
		this.schoolId = schoolId;
		this.title = title;
		this.severity = severity;
		this.occurredAt = occurredAt;
		this.approverAccountId = approverAccountId;
		this.state = state;
		this.closedAt = closedAt;
		this.firstReleaseAt = firstReleaseAt;
		this.pressAt = pressAt;
		this.releaseLateToldAt = releaseLateToldAt;
		this.pressLateToldAt = pressLateToldAt;
	}

	/**
	 * The bureau above the case's unit: a school's own township or county bureau, a
	 * bureau's parent (the province tells itself).
	 */
	cn.xiaoan.shared.RegionCode bureauAbove() {
		cn.xiaoan.shared.RegionCode unit = cn.xiaoan.shared.RegionCode.of(regionCode);
		if (schoolId != null) {
			return unit;
		}
		return unit.parent() == null ? unit : unit.parent();
	}

	void requireOpen() {
		if (state != CaseState.OPEN) {
			throw new BusinessRuleViolation("state", "opinion.case.closed");
		}
	}

	/** Closed by its team once every task is done. */
	void close(int openTasks, Instant now) {
		requireOpen();
		if (openTasks > 0) {
			throw new BusinessRuleViolation("state", "opinion.case.openTasks", openTasks);
		}
		state = CaseState.CLOSED;
		closedAt = now;
	}

	/**
	 * A statement went out: the first of any kind is the authoritative information, the
	 * first press conference the conference.
	 */
	void published(StatementKind kind, Instant at) {
		if (firstReleaseAt == null) {
			firstReleaseAt = at;
		}
		if (kind == StatementKind.PRESS_CONFERENCE && pressAt == null) {
			pressAt = at;
		}
	}

	/** The case's deadlines under the region's hours; none bind a minor event. */
	ReleaseDeadlines deadlines(int firstReleaseHours, int pressHours) {
		return ReleaseDeadlines.of(severity, occurredAt, firstReleaseHours, pressHours, firstReleaseAt, pressAt);
	}

	/**
	 * Which passed deadline the bureau above has not yet been told of (at most one per
	 * deadline, ever); marks it told.
	 */
	ReleaseDeadlines.Kind missedToTell(ReleaseDeadlines deadlines, Instant now) {
		if (state != CaseState.OPEN) {
			return null;
		}
		if (releaseLateToldAt == null && deadlines.firstRelease() != null && deadlines.firstRelease().missed(now)) {
			releaseLateToldAt = now;
			return ReleaseDeadlines.Kind.FIRST_RELEASE;
		}
		if (pressLateToldAt == null && deadlines.press() != null && deadlines.press().missed(now)) {
			pressLateToldAt = now;
			return ReleaseDeadlines.Kind.PRESS_CONFERENCE;
		}
		return null;
	}

}
