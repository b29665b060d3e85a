package cn.xiaoan.warning;

/**
 * A school acknowledged (签收) a warning, having taken {@code actionsDone} of its actions.
 */
public record WarningAcknowledged(long warningId, long schoolId, String regionCode, int actionsDone, boolean late) {
}
