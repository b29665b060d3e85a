package cn.xiaoan.waters;

import java.time.OffsetDateTime;

/** A key water in a list: what it is, who answers for it, how it is patrolled. */
public record WaterSummary(long id, String regionCode, String name, WaterKind kind, WaterRisk riskLevel,
		String ownerUnit, String ownerPerson, int signs, int schools, int patrols, int openFindings,
		OffsetDateTime lastPatrolAt) {
}
