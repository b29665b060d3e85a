package cn.xiaoan.security;

import java.util.List;

/**
 * The three requirements of "三个100%" (DOMAIN.md §7) — every school with enough full-time
 * guards, under closed management, and with a one-button alarm and video surveillance
 * (kept long enough) both connected to the police. A school meets one when none of its
 * shortfalls belongs to it, so the region's policy decides what is required.
 */
public enum HundredPercent {

	FULL_TIME_GUARDS("security.shortfall.guards"), CLOSED_MANAGEMENT("security.shortfall.closed"),
	ALARM_AND_VIDEO("security.shortfall.alarm", "security.shortfall.video", "security.shortfall.policeLink");

	private final List<String> shortfalls;

	HundredPercent(String... shortfalls) {
		this.shortfalls = List.of(shortfalls);
	}

	boolean metBy(StaffingStatus status) {
		return status.shortfalls().stream().noneMatch(shortfalls::contains);
	}

	/** The label of the requirement. */
	public String messageKey() {
		return "security.hundred." + name();
	}

	/** What the figure counts, in a sentence. */
	public String countsKey() {
		return "security.hundred.counts." + name();
	}

	/** One requirement over the schools of a region: how many meet it. */
	public record Rate(HundredPercent requirement, int schools, int met) {

		public int failing() {
			return schools - met;
		}

		/** Percent with one decimal; 100 where there is no school to fall short. */
		public double percent() {
			return schools == 0 ? 100 : Math.round(1000.0 * met / schools) / 10.0;
		}

	}

	static List<Rate> rates(List<StaffingStatus> statuses) {
		return java.util.Arrays.stream(values())
			.map(r -> new Rate(r, statuses.size(), (int) statuses.stream().filter(r::metBy).count()))
			.toList();
	}

}
