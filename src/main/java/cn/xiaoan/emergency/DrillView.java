package cn.xiaoan.emergency;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A drill with its problems (each with the hazard it opened, if any), photos and plan.
 */
public record DrillView(DrillRow drill, String planTitle, String summary, String recordedBy, OffsetDateTime recordedAt,
		List<Problem> problems, List<UUID> photos, boolean manage) {

	/** A problem found; {@code hazardId} once it opened a hazard. */
	public record Problem(long id, String description, Long hazardId) {
	}

}
