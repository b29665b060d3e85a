package cn.xiaoan.hazard;

import java.time.LocalDate;
import java.util.Comparator;

import cn.xiaoan.shared.RegionCode;

/**
 * One row of the 督办 page: a hazard supervised on this platform, or one under 督办 at an
 * installation below ({@code below}, read-only, 下级平台), with what the page shows of either
 * (ADR 0078).
 */
record SupervisionLine(HazardSupervision.Supervised here, LedgerElsewhere.Supervised below) {

	static SupervisionLine of(HazardSupervision.Supervised here) {
		return new SupervisionLine(here, null);
	}

	static SupervisionLine of(LedgerElsewhere.Supervised below) {
		return new SupervisionLine(null, below);
	}

	/**
	 * Most urgent first, those here and below alike: not yet accepted before accepted,
	 * then overdue (past the deadline or the acceptance due date) before on time, then by
	 * deadline and acceptance due date (unknown last); here before below on a tie.
	 */
	static Comparator<SupervisionLine> mostUrgentFirst(LocalDate today) {
		return Comparator.comparing(SupervisionLine::accepted)
			.thenComparing(line -> !line.late(today))
			.thenComparing(SupervisionLine::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(SupervisionLine::acceptanceDue, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(SupervisionLine::fromBelow)
			.thenComparing(SupervisionLine::number);
	}

	public boolean fromBelow() {
		return below != null;
	}

	public String number() {
		return below != null ? below.number() : here.hazard().number();
	}

	/** The region of the hazard's school. */
	public String regionCode() {
		return below != null ? below.regionCode() : here.hazard().regionCode();
	}

	/** The county (or city, for a city's own school) the school lies in. */
	public String countyCode() {
		String region = regionCode();
		return region == null || region.length() < 6 ? "" : region.substring(0, 6);
	}

	public HazardGrade grade() {
		if (below != null) {
			return below.grade();
		}
		HazardSummary h = here.hazard();
		return h.grade() != null ? h.grade() : h.suggestedGrade();
	}

	/** The status, null when a lower installation sent one this release does not know. */
	public HazardStatus status() {
		return below != null ? below.status() : here.hazard().status();
	}

	/** The deadline that counts (a 督办's when earlier); null while none was sent up. */
	public LocalDate deadline() {
		return below != null ? below.deadline() : here.hazard().deadline();
	}

	/** Open past its deadline. */
	public boolean overdue() {
		return below != null ? below.overdue() : here.hazard().overdue();
	}

	public LocalDate acceptanceDue() {
		return below != null ? below.acceptanceDue() : here.listing().acceptanceDue();
	}

	/** Acceptance on site not done by its due date. */
	public boolean acceptanceOverdue(LocalDate today) {
		LocalDate due = acceptanceDue();
		return !accepted() && due != null && due.isBefore(today);
	}

	public boolean accepted() {
		return (below != null ? below.acceptedAt() : here.listing().acceptedAt()) != null;
	}

	public boolean summoned() {
		return (below != null ? below.summonedAt() : here.listing().summonedAt()) != null;
	}

	public String noticeNo() {
		return below != null ? below.noticeNo() : here.listing().noticeNo();
	}

	/** The supervising bureau's region code (null when not sent). */
	public String bureauRegion() {
		return below != null ? below.bureauRegion() : here.listing().bureauRegion();
	}

	/** The supervising bureau's level, null when not known. */
	public RegionCode.Level bureauLevel() {
		if (below != null) {
			return below.bureauLevel();
		}
		String region = here.listing().bureauRegion();
		return RegionCode.isValid(region) ? RegionCode.of(region).level() : null;
	}

	private boolean late(LocalDate today) {
		return overdue() || acceptanceOverdue(today);
	}

}
