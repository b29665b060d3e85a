package cn.xiaoan.surroundings;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A check-in at a guard post as the phone recorded it: its own id ({@code clientId}, so a
 * resend is not a second check-in), the post, when, and where the phone was (optional).
 */
public record RecordCheckIn(@NotNull UUID clientId, @NotNull Long postId,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime checkedAt, Double latitude,
		Double longitude, Integer accuracyM, @Size(max = 300) String note) {

	public RecordCheckIn {
		note = note == null ? "" : note.trim();
	}

}
