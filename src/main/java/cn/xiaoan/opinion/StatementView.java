package cn.xiaoan.opinion;

import java.time.OffsetDateTime;

/** A public statement with its steps (Beijing time). */
public record StatementView(long id, StatementKind kind, String title, String body, StatementState state,
		long draftedBy, String draftedByName, OffsetDateTime draftedAt, OffsetDateTime approvedAt,
		OffsetDateTime publishedAt, String returnNote) {
}
