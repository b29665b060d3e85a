package cn.xiaoan.surroundings;

import java.time.OffsetDateTime;

/**
 * A venue or issue of the register: its distance to the nearest known school gate (null
 * when no gate is known), whether it is flagged (a forbidden kind inside the protected
 * zone, or an issue), and its latest case.
 */
public record VenueSummary(long id, String regionCode, long schoolId, VenueKind kind, String name, String address,
		double longitude, double latitude, Integer distanceM, String nearestSchool, int radiusM, boolean flagged,
		Department department, String note, String byName, OffsetDateTime createdAt, Long caseId, CaseState caseState,
		boolean overdue) {

	/** Inside the protected zone of a school gate. */
	public boolean inside() {
		return distanceM != null && distanceM <= radiusM;
	}

}
