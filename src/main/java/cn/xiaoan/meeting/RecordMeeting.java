package cn.xiaoan.meeting;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A meeting held by the caller's body: kind, when and where, who chaired and attended
 * (departments and named people), the agenda and the minutes (纪要).
 */
public record RecordMeeting(@NotNull MeetingKind kind, @NotBlank @Size(max = 100) String title,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime heldAt,
		@NotBlank @Size(max = 100) String place, @NotBlank @Size(max = 50) String chair,
		@Size(max = 12) List<Department> departments, @Size(max = 1000) String attendees,
		@Size(max = 2000) String agenda, @Size(max = 5000) String minutes) {

	public RecordMeeting {
		title = trim(title);
		place = trim(place);
		chair = trim(chair);
		departments = departments == null ? List.of()
				: departments.stream().filter(java.util.Objects::nonNull).distinct().toList();
		attendees = attendees == null ? "" : attendees.trim();
		agenda = agenda == null ? "" : agenda.trim();
		minutes = minutes == null ? "" : minutes.trim();
	}

	private static String trim(String text) {
		return text == null ? null : text.trim();
	}

}
