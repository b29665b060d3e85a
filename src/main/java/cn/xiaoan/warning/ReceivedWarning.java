package cn.xiaoan.warning;

/**
 * A warning a school received, with its own acknowledgement ({@code warning}'s
 * {@code acknowledgedAt}) and whether that came on time: before the chase interval ran
 * out, as the assessment's 预警按时签收率 counts it.
 */
public record ReceivedWarning(WarningSummary warning, boolean onTime) {
}
