package cn.xiaoan.notice;

import java.time.Instant;

/**
 * A notice in a list: its counters for the sender ({@code units} addressed,
 * {@code readUnits} read, {@code readers} people), or the reader's own first reading
 * ({@code readAt}, null while unread).
 */
public record NoticeSummary(long id, NoticeCategory category, String title, String senderName, NoticeStatus status,
		Instant createdAt, Instant publishedAt, Instant withdrawnAt, boolean receiptRequired, Instant readBy, int units,
		int readUnits, int readers, Instant readAt) {

	public boolean unread() {
		return readAt == null;
	}

	/** The reading deadline has passed. */
	public boolean overdue(Instant now) {
		return readBy != null && readBy.isBefore(now);
	}

}
