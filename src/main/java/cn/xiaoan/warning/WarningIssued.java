package cn.xiaoan.warning;

/** A warning went out to {@code schools} schools below {@code targetPrefix}. */
public record WarningIssued(long warningId, String issuerPrefix, String targetPrefix, WarningKind kind,
		WarningLevel level, int schools) {
}
