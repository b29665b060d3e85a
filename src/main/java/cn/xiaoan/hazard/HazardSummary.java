package cn.xiaoan.hazard;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.xiaoan.shared.SafetyCategory;

/** A hazard as the ledger and other modules see it. */
public record HazardSummary(long id, long schoolId, String regionCode, String title, String description,
		String location, SafetyCategory category, HazardSource source, HazardGrade suggestedGrade, HazardGrade grade,
		HazardStatus status, String foundByName, OffsetDateTime foundAt, LocalDate deadline, boolean overdue,
		String escalationLevel, String supervisedByLevel, int rejections, OffsetDateTime closedAt) {

	/** The ledger number shown to people, e.g. YH000123. */
	public String number() {
		return number(id);
	}

	/** The ledger number of a hazard id. */
	public static String number(long id) {
		return "YH" + String.format("%06d", id);
	}

}
