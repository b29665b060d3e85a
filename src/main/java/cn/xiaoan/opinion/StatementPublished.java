package cn.xiaoan.opinion;

import java.time.Instant;

/** An approved statement was published. */
public record StatementPublished(long statementId, long caseId, String regionCode, StatementKind kind,
		Instant publishedAt) {
}
