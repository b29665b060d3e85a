package cn.xiaoan.accident;

import java.time.LocalDate;

/**
 * The ledger's filters: a school or a region of the caller's scope, kind, severity, open
 * or closed, late only, the occurrence's days; a page of 50.
 */
record AccidentQuery(Long schoolId, String region, AccidentKind kind, Severity severity, Boolean open, Boolean late,
		LocalDate from, LocalDate to, Integer page) {

	static AccidentQuery all() {
		return new AccidentQuery(null, null, null, null, null, null, null, null, 0);
	}

	int pageOrFirst() {
		return page == null || page < 0 ? 0 : Math.min(page, 10_000);
	}

	AccidentQuery withPage(int p) {
		return new AccidentQuery(schoolId, region, kind, severity, open, late, from, to, p);
	}

}
