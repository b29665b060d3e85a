package cn.xiaoan.education;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

import cn.xiaoan.shared.BusinessRuleViolation;

/**
 * A safety-education campaign (专题活动) issued by a bureau to the schools below it; with
 * {@code stages} to the classes of those stages only (empty: every stage).
 * {@code fromAbove} names the installation above it was received from (四级联网, ADR 0069):
 * its content is that bureau's and is changed there only; null for a campaign issued
 * here. {@code closing} says it was withdrawn (撤回) or ended early (提前结束), when and why
 * (ADR 0070); null while it runs or simply reaches its last day.
 */
public record Campaign(long id, String title, String description, String lessonCode, String lessonTitle,
		String regionCode, String issuerName, LocalDate startsOn, LocalDate endsOn, boolean requiresParent,
		Set<Stage> stages, String fromAbove, Closing closing) {

	/** The longest reason a withdrawal or an early end may give. */
	public static final int REASON_LENGTH = 200;

	public Campaign {
		stages = stages == null || stages.isEmpty() ? Set.of()
				: java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(stages));
	}

	/** A campaign issued here, running. */
	public Campaign(long id, String title, String description, String lessonCode, String lessonTitle, String regionCode,
			String issuerName, LocalDate startsOn, LocalDate endsOn, boolean requiresParent, Set<Stage> stages) {
		this(id, title, description, lessonCode, lessonTitle, regionCode, issuerName, startsOn, endsOn, requiresParent,
				stages, null, null);
	}

	/** A campaign for every stage. */
	public Campaign(long id, String title, String description, String lessonCode, String lessonTitle, String regionCode,
			String issuerName, LocalDate startsOn, LocalDate endsOn, boolean requiresParent) {
		this(id, title, description, lessonCode, lessonTitle, regionCode, issuerName, startsOn, endsOn, requiresParent,
				Set.of());
	}

	/** Received from the installation above: read-only here. */
	public boolean received() {
		return fromAbove != null;
	}

	/**
	 * Running that day: between its first and last day, both included, and neither
	 * withdrawn nor ended early.
	 */
	public boolean runningOn(LocalDate day) {
		return closing == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}

	/** Neither withdrawn nor ended early (its dates aside). */
	public boolean open() {
		return closing == null;
	}

	public boolean withdrawn() {
		return closing != null && closing.kind() == Closing.Kind.WITHDRAWN;
	}

	public boolean endedEarly() {
		return closing != null && closing.kind() == Closing.Kind.ENDED;
	}

	/**
	 * The last day it ran: the day it was closed, when withdrawn or ended early before
	 * its last day.
	 */
	public LocalDate lastDay() {
		if (closing == null) {
			return endsOn;
		}
		LocalDate closed = closing.at().atZone(ZoneId.systemDefault()).toLocalDate();
		return closed.isBefore(endsOn) ? closed : endsOn;
	}

	/**
	 * The rules of 撤回 and 提前结束, for the issuing bureau here and for the bureau above
	 * alike: a reason is required; a withdrawal applies to a running or ended campaign,
	 * an early end to one running on the day of {@code at}. Empty when it is already so
	 * (withdrawn; ended early), which changes nothing; refused otherwise (an end after a
	 * withdrawal, before the first day or after the last).
	 */
	public Optional<Closing> close(Closing.Kind kind, String reason, Instant at) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new BusinessRuleViolation("reason", "campaign.close.reason.required");
		}
		if (why.length() > REASON_LENGTH) {
			throw new BusinessRuleViolation("reason", "campaign.close.reason.long");
		}
		if (withdrawn() || (kind == Closing.Kind.ENDED && endedEarly())) {
			if (kind == Closing.Kind.ENDED && withdrawn()) {
				throw new BusinessRuleViolation("reason", "campaign.end.withdrawn");
			}
			return Optional.empty();
		}
		LocalDate day = at.atZone(ZoneId.systemDefault()).toLocalDate();
		if (kind == Closing.Kind.ENDED && day.isBefore(startsOn)) {
			throw new BusinessRuleViolation("reason", "campaign.end.notStarted");
		}
		if (kind == Closing.Kind.ENDED && day.isAfter(endsOn)) {
			throw new BusinessRuleViolation("reason", "campaign.end.over");
		}
		return Optional.of(new Closing(kind, at, why));
	}

	/**
	 * How a campaign was closed before its time: withdrawn (撤回, issued by mistake: it
	 * leaves the schools' and students' lists, its records stay) or ended early (提前结束:
	 * what was done counts, nothing more is taken); {@code at} is when the issuing bureau
	 * did it.
	 */
	public record Closing(Kind kind, Instant at, String reason) {

		private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

		public enum Kind {

			WITHDRAWN, ENDED

		}

		/**
		 * As stored ({@code closed}, {@code closed_at}, {@code close_reason}); null while
		 * open.
		 */
		public static Closing of(String kind, java.time.OffsetDateTime at, String reason) {
			return kind == null ? null : new Closing(Kind.valueOf(kind), at.toInstant(), reason);
		}

		/**
		 * The time as pages show it: the installation's zone (Beijing), to the minute.
		 */
		public String shownAt() {
			return MINUTE.format(at.atZone(ZoneId.systemDefault()));
		}

		/** The message key of its state, for pages. */
		public String stateKey() {
			return "campaign.closed." + kind.name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** Whether a class of the stage is targeted. */
	public boolean targets(Stage stage) {
		return stages.isEmpty() || stages.contains(stage);
	}

	/**
	 * The targeted stages' names for SQL ({@code = any(:stages)}); all of them when not
	 * narrowed.
	 */
	public String[] stageNames() {
		return Stage.names(stages.isEmpty() ? java.util.EnumSet.allOf(Stage.class) : stages);
	}

}
