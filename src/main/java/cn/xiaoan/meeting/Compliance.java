package cn.xiaoan.meeting;

import java.util.List;

/**
 * Whether the townships of a region met this quarter: its rows (townships, or the regions
 * below it with their townships rolled up), the townships that have not met, and the
 * region's own joint meetings this year against the rule.
 */
public record Compliance(String regionCode, String regionName, String parentCode, Quarter quarter,
		List<Quarter> quarters, List<ComplianceRow> rows, List<ComplianceRow> notMet, int townships, int met,
		boolean holdsJointMeetings, int jointHeld, int jointRequired) {

	public boolean jointShort() {
		return holdsJointMeetings && jointHeld < jointRequired;
	}

}
