package cn.xiaoan.warning;

/**
 * Schools that had not acknowledged a warning within the policy interval were chased:
 * {@code schools} of them below the county {@code countyPrefix}.
 */
public record WarningOverdue(long warningId, String countyPrefix, int schools) {
}
