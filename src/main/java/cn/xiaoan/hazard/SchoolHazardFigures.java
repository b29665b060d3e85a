package cn.xiaoan.hazard;

/**
 * One school's ledger figures over the hazards found in a period, as the ledger filtered
 * by {@code schoolId} and the same dates counts them.
 */
public record SchoolHazardFigures(long schoolId, String regionCode, HazardFigures figures) {
}
