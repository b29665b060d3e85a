package cn.xiaoan.waters;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A patrol record as stored: when, where the phone was, what was found, by whom. */
public record Patrol(long id, UUID clientId, long waterId, String waterName, OffsetDateTime patrolledAt,
		Double latitude, Double longitude, Integer accuracyM, List<Finding> findings, String note, String byName,
		List<UUID> photos) {
}
