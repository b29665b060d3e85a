package cn.xiaoan.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A decision task with its meeting's title and date. */
public record TaskView(long id, long meetingId, String meetingTitle, OffsetDateTime meetingHeldAt, String regionCode,
		String regionName, String decision, Department ownerDepartment, String ownerPerson, Long assigneeAccountId,
		String assigneeName, LocalDate deadline, TaskStatus status, String progressNote, String result, String evidence,
		OffsetDateTime closedAt, String closedByName, LocalDate chasedOn, boolean overdue) {

	public String closedAtText() {
		return closedAt == null ? "" : closedAt.atZoneSameInstant(java.time.ZoneId.systemDefault())
			.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
	}

	public String meetingDay() {
		return meetingHeldAt.atZoneSameInstant(java.time.ZoneId.systemDefault()).toLocalDate().toString();
	}

}
