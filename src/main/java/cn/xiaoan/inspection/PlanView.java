package cn.xiaoan.inspection;

import java.time.OffsetDateTime;

import cn.xiaoan.shared.Role;

/**
 * A plan as lists show it; {@code ownerSchoolId} is null for a bureau's plan,
 * {@code inspectorRole} null when a named account inspects.
 */
public record PlanView(long id, String name, Cadence cadence, Long ownerSchoolId, String regionCode, boolean spotCheck,
		Role inspectorRole, String inspectorName, String createdByName, OffsetDateTime createdAt, int itemCount,
		int schoolCount) {
}
