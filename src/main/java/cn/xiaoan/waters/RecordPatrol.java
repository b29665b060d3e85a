package cn.xiaoan.waters;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;
import jakarta.validation.constraints.Size;

/**
 * A patrol as the phone recorded it: its own id ({@code clientId}, so a resend is not a
 * second patrol), the water, when, where the phone was (GPS, optional: a phone may not
 * have a fix), what was found and a note.
 */
public record RecordPatrol(@NotNull UUID clientId, @NotNull Long waterId,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime patrolledAt, Double latitude,
		Double longitude, Integer accuracyM, List<Finding> findings, @Size(max = 500) String note) {

	public RecordPatrol {
		findings = findings == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(findings));
		note = note == null ? "" : note.trim();
	}

}
