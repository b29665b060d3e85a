package cn.xiaoan.warning;

import java.time.Instant;
import java.util.List;

/**
 * A warning as it travels between installations (四级联网): issued by the bureau
 * {@code issuerName} above, to the schools below {@code targetPrefix}. Only what the
 * schools are told, nobody's account.
 */
public record WarningFromAbove(long warningId, String issuerPrefix, String issuerName, String targetPrefix,
		WarningKind kind, WarningLevel level, String title, String body, List<String> actions, Instant issuedAt,
		Instant validUntil, int chaseAfterMinutes) {

	public WarningFromAbove {
		actions = actions == null ? List.of() : List.copyOf(actions);
	}

}
