package cn.xiaoan.education;

import java.time.LocalDate;
import java.util.Set;

/**
 * A safety-education campaign (专题活动) issued by a bureau to the schools below it; with
 * {@code stages} to the classes of those stages only (empty: every stage).
 * {@code fromAbove} names the installation above it was received from (四级联网, ADR 0069):
 * its content is that bureau's and is changed there only; null for a campaign issued
 * here.
 */
public record Campaign(long id, String title, String description, String lessonCode, String lessonTitle,
		String regionCode, String issuerName, LocalDate startsOn, LocalDate endsOn, boolean requiresParent,
		Set<Stage> stages, String fromAbove) {

	public Campaign {
		stages = stages == null || stages.isEmpty() ? Set.of()
				: java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(stages));
	}

	/** A campaign issued here. */
	public Campaign(long id, String title, String description, String lessonCode, String lessonTitle, String regionCode,
			String issuerName, LocalDate startsOn, LocalDate endsOn, boolean requiresParent, Set<Stage> stages) {
		this(id, title, description, lessonCode, lessonTitle, regionCode, issuerName, startsOn, endsOn, requiresParent,
				stages, null);
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

	/** Running today (between its first and last day, both included). */
	public boolean runningOn(LocalDate day) {
		return !day.isBefore(startsOn) && !day.isAfter(endsOn);
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
