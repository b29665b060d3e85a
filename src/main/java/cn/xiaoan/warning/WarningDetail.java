package cn.xiaoan.warning;

import java.util.List;

/**
 * A warning with its text and checklist; {@code own} is the caller's school's line (null
 * for a bureau).
 */
public record WarningDetail(WarningSummary summary, String body, String targetPrefix, List<String> actions,
		Acknowledgement own, boolean issuedByCaller) {
}
