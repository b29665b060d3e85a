package cn.xiaoan.waters;

import java.util.List;
import java.util.UUID;

/**
 * A key water with everything its page shows; {@code editable} when the caller keeps it.
 */
public record WaterDetail(WaterSummary summary, String regionName, Outline outline, String ownerPhone, String equipment,
		List<School> schools, List<UUID> photos, List<Schedule> schedules, List<Patrol> patrols,
		List<FindingTask> findings, boolean editable) {

	/** A nearby school, its distance and, if the township placed it, its position. */
	public record School(long schoolId, String name, int distanceM, Double longitude, Double latitude) {
	}

	/** A patrol schedule of a key period. */
	public record Schedule(long id, PatrolPeriod period, java.time.LocalDate startsOn, java.time.LocalDate endsOn,
			boolean weekendsOnly, String patrollers, Long schoolId, String schoolName) {
	}

}
