package cn.xiaoan.surroundings;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A check of a school's surroundings as the phone recorded it: its own id
 * ({@code clientId}, so a resend is not a second check), the school, what was found, the
 * known venue looked at or the new venue's kind, name and address, when, and where the
 * phone was (required for a new venue: it is the venue's position).
 */
public record RecordCheck(@NotNull UUID clientId, @NotNull Long schoolId, @NotNull CheckOutcome outcome, Long venueId,
		VenueKind kind, @Size(max = 100) String name, @Size(max = 200) String address, @Size(max = 500) String finding,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime checkedAt, Double latitude,
		Double longitude, Integer accuracyM) {

	public RecordCheck {
		name = name == null ? "" : name.trim();
		address = address == null ? "" : address.trim();
		finding = finding == null ? "" : finding.trim();
	}

}
