package cn.xiaoan.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One audited event as an auditor reads it: every code turned into its label, the actor
 * with the unit of the account ({@code actorUnit}), the object by its name
 * ({@code entityRef}) and its page if the viewer may open it ({@code link}, else null),
 * and the fields that changed with their values before and after.
 */
record AuditRow(long id, OffsetDateTime at, String actor, String username, String role, String ip, String action,
		boolean alarming, String entity, String entityRef, String unit, List<Change> changes, String actorUnit,
		String link) {

	/** A field that changed; a value that did not exist is empty. */
	record Change(String field, String before, String after) {
	}

}
