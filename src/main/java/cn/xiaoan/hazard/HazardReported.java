package cn.xiaoan.hazard;

import cn.xiaoan.shared.SafetyCategory;

/**
 * A hazard was reported (排查). Facts of the hazard only: who reported it stays in the
 * hazard module.
 */
public record HazardReported(long hazardId, String number, long schoolId, String regionCode, SafetyCategory category,
		HazardSource source, HazardGrade suggestedGrade) {
}
