package cn.xiaoan.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One audited event as an auditor reads it: every code turned into its label, and the
 * fields that changed with their values before and after.
 */
record AuditRow(long id, OffsetDateTime at, String actor, String username, String role, String ip, String action,
		boolean alarming, String entity, String entityRef, String unit, List<Change> changes) {

	/** A field that changed; a value that did not exist is empty. */
	record Change(String field, String before, String after) {
	}

}
