package cn.xiaoan.education;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The counts and rates of one unit (class, school or region) of a campaign, as
 * {@link RateDefinitions} defines them. {@code assigned} is 应参与: every student of the
 * classes the campaign targets in the unit, whether or not their school has assigned it
 * yet (an assigned class counts its assigned students); {@code parentAsked} is the number
 * of those whose homework asks (or, not yet assigned, will ask) for a parent
 * confirmation.
 */
public record Rates(String unit, String name, int assigned, int participated, int completed, int took, int passed,
		int parentDone, int parentAsked) {

	public double participation() {
		return RateDefinitions.participation(this);
	}

	public double completion() {
		return RateDefinitions.completion(this);
	}

	public double exam() {
		return RateDefinitions.exam(this);
	}

	public double pass() {
		return RateDefinitions.pass(this);
	}

	public double parent() {
		return RateDefinitions.parent(this);
	}

	/** Whether any homework counted here asks for a parent part; else no parent rate. */
	public boolean hasParentPart() {
		return parentAsked > 0;
	}

	/** 'C' (class), 'S' (school), 'R' (region) or 'E' (a school kept below, ADR 0069). */
	public char kind() {
		return unit.charAt(0);
	}

	public String key() {
		return unit.substring(2);
	}

	public static double ratio(int part, int whole) {
		return RateDefinitions.percent(part, whole);
	}

	/**
	 * A unit's rates with those of the units directly below it (every unit the campaign
	 * targets, assigned or not), the unit above if the caller may go there, how far each
	 * has assigned the campaign, and, for the units whose figures come (partly) from the
	 * installations below, their names ({@code sources}, ADR 0069). A row of a school
	 * below ({@code E:…}) opens nothing here: its records live below.
	 */
	public record View(Campaign campaign, Rates self, List<Rates> children, String parent,
			java.util.Map<String, Coverage> coverage, java.util.Map<String, String> sources) {

		public View {
			coverage = coverage == null ? java.util.Map.of() : java.util.Map.copyOf(coverage);
			sources = sources == null ? java.util.Map.of() : java.util.Map.copyOf(sources);
		}

		/** The installations below a unit's figures come from; null when none. */
		public String sourceOf(String unit) {
			return sources.get(unit);
		}

		/** Whether a row may be opened here (not a school kept below). */
		public boolean opens(Rates row) {
			return row.kind() != 'E';
		}

		/** How far the unit has assigned the campaign (nothing targeted: all zero). */
		public Coverage coverageOf(String unit) {
			return coverage.getOrDefault(unit, new Coverage(0, 0, 0, 0));
		}

	}

	/**
	 * Of the schools and classes a unit's campaign targets, how many have assigned it
	 * (have at least one class with the homework; the class has it).
	 */
	public record Coverage(int schools, int schoolsAssigned, int classes, int classesAssigned) {

		/** Targeted, and nothing of it assigned yet (未布置). */
		public boolean unassigned() {
			return classes > 0 && classesAssigned == 0;
		}

		/** Some but not all of its schools (or classes) have assigned it. */
		public boolean partly() {
			return classesAssigned > 0 && classesAssigned < classes;
		}

	}

	/**
	 * A targeted school that has not assigned the campaign to any class (未布置), its county
	 * and students, and when a bureau last reminded it; {@code source} names the
	 * installation below that keeps it (null: this one).
	 */
	public record Unassigned(long schoolId, String name, String county, int students, OffsetDateTime remindedAt,
			String source) {

		/** A school of this installation. */
		public Unassigned(long schoolId, String name, String county, int students, OffsetDateTime remindedAt) {
			this(schoolId, name, county, students, remindedAt, null);
		}

	}

	/**
	 * The last one-click reminder sent for a unit of a campaign, whom it reached, and
	 * until when another is held back ({@code REMINDER_MIN_INTERVAL_HOURS});
	 * {@code pending} is how many a reminder now would reach here, {@code pendingBelow}
	 * how many schools of the installations below it would ask them to remind (ADR 0084);
	 * {@code lastAskedBelow} and {@code lastAskedFrom} what the last one asked below and
	 * of which installations.
	 */
	public record ReminderStatus(OffsetDateTime lastSentAt, String lastSentBy, int lastRecipients,
			OffsetDateTime holdUntil, int pending, int pendingUnassigned, int pendingBelow, int pendingUnassignedBelow,
			int lastAskedBelow, String lastAskedFrom) {

		/** Without installations below. */
		public ReminderStatus(OffsetDateTime lastSentAt, String lastSentBy, int lastRecipients,
				OffsetDateTime holdUntil, int pending, int pendingUnassigned) {
			this(lastSentAt, lastSentBy, lastRecipients, holdUntil, pending, pendingUnassigned, 0, 0, 0, null);
		}

		/**
		 * How many schools a reminder of the schools behind would reach, here and below.
		 */
		public int pendingAll() {
			return pending + pendingBelow;
		}

		/**
		 * How many schools a reminder of those not assigned would reach, here and below.
		 */
		public int pendingUnassignedAll() {
			return pendingUnassigned + pendingUnassignedBelow;
		}

		/** Whether the cooldown still holds at the given moment. */
		public boolean holding(OffsetDateTime now) {
			return holdUntil != null && holdUntil.isAfter(now);
		}

	}

	/** The cumulative rates at the end of one day. */
	public record TrendPoint(LocalDate day, Rates rates) {

	}

	/**
	 * A unit's daily trend, of this installation's schools and of those below that sent
	 * their days (ADR 0079): {@code sourcesBelow} names the installations below it counts
	 * (none: this installation only), {@code schoolsLeftOut} how many schools below it
	 * leaves out, their installation sending totals only (a previous release) — counted
	 * in the page's totals but neither in the trend's lines nor in its 应参与.
	 */
	public record Trend(List<TrendPoint> points, List<String> sourcesBelow, int schoolsLeftOut) {

		public Trend {
			points = List.copyOf(points);
			sourcesBelow = List.copyOf(sourcesBelow);
		}

		/** Whether it counts schools of installations below. */
		public boolean includesBelow() {
			return !sourcesBelow.isEmpty();
		}

		/** The installations below it counts, as one text. */
		public String sources() {
			return String.join(", ", sourcesBelow);
		}

	}

	/**
	 * What a bureau's one-click reminder did (ADR 0084): {@code here} schools of this
	 * installation reminded, {@code askedBelow} schools behind of the installations below
	 * (as last counted there) whose installations were asked to remind them,
	 * {@code sourcesBelow} those installations.
	 */
	public record Reminded(int here, int askedBelow, List<String> sourcesBelow) {

		public Reminded {
			sourcesBelow = List.copyOf(sourcesBelow);
		}

		/** The installations asked, as one text ("藤县、岑溪市"). */
		public String sources() {
			return String.join("、", sourcesBelow);
		}

	}

	/**
	 * A school of an installation below that has not finished a campaign, as last counted
	 * there (ADR 0084): its pupils are listed there only, never here.
	 */
	public record SchoolBehindBelow(String name, String county, String source, int assigned, int completed) {

		public int notCompleted() {
			return assigned - completed;
		}

	}

	/** A student who has not finished a campaign's homework, and what is still open. */
	public record NonCompleter(long studentId, String studentNo, String name, String className, long homeworkId,
			boolean studied, boolean quizTaken, boolean parentDone, OffsetDateTime remindedAt) {

	}

}
