package cn.xiaoan.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/** One audited event as stored; codes, not labels (see {@link AuditRow}). */
record AuditEntry(long id, OffsetDateTime at, Long accountId, String username, String displayName, String role,
		String ip, String action, String entityType, String entityId, String regionCode, Long schoolId,
		Map<String, Object> before, Map<String, Object> after) {
}
