package cn.xiaoan.meeting;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meeting as the ledger and its page show it, with the tally of its decision tasks.
 */
public record MeetingView(long id, String regionCode, String regionName, MeetingKind kind, String title,
		OffsetDateTime heldAt, String place, String chair, List<Department> departments, String attendees,
		String agenda, String minutes, String recordedByName, int tasks, int done, int overdue) {

	/** The day it was held, in the installation's zone. */
	public java.time.LocalDate heldDay() {
		return heldAt.atZoneSameInstant(java.time.ZoneId.systemDefault()).toLocalDate();
	}

	/**
	 * Day and minute (2026-11-20 09:30) in the installation's zone (Beijing by default).
	 */
	public String heldAtText() {
		return heldAt.atZoneSameInstant(java.time.ZoneId.systemDefault())
			.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
	}

}
