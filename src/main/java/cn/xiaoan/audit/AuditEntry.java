package cn.xiaoan.audit;

import java.time.OffsetDateTime;

/** One audited event. */
record AuditEntry(long id, OffsetDateTime at, String username, String ip, String action, String entityType,
		String entityId, String regionCode, Long schoolId, String before, String after) {
}
