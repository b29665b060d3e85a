package cn.xiaoan.institutions;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A rectification the township follows: its deadline, evidence and whether it is overdue.
 */
public record RectificationView(long id, long institutionId, String institutionName, String regionCode,
		long inspectionId, LocalDate deadline, RectificationStatus status, String evidence, UUID evidencePhoto,
		boolean overdue) {
}
