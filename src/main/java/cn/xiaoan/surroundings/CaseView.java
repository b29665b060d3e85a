package cn.xiaoan.surroundings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A case of a department about a venue, with its timeline and evidence photos;
 * {@code overdue} when still open after its deadline.
 */
public record CaseView(long id, long venueId, String venueName, VenueKind kind, String address, Integer distanceM,
		String nearestSchool, String regionCode, Department department, CaseState state, OffsetDateTime openedAt,
		LocalDate deadline, LocalDate actedOn, String result, boolean overdue, List<Event> timeline,
		List<UUID> photos) {

	/** One step of the case: opened, closed by the department, confirmed, reopened. */
	public record Event(OffsetDateTime at, String action, String byName, String byUnit, String note) {

		public String messageKey() {
			return "surroundings.event." + action;
		}

	}

}
