package cn.xiaoan.hazard;

import java.time.LocalDate;

import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.SafetyCategory;

/** Filters of the ledger (台账) within the caller's scope. */
record LedgerQuery(Long schoolId, String regionCode, HazardStatus status, HazardGrade grade, SafetyCategory category,
		Boolean overdue, LocalDate from, LocalDate to, int page) {

	public static LedgerQuery all() {
		return new LedgerQuery(null, null, null, null, null, null, null, null, 0);
	}

	/** This filter over the hazards found in a period. */
	LedgerQuery in(LedgerPeriod period) {
		return new LedgerQuery(schoolId, regionCode, status, grade, category, overdue, period.from(), period.to(),
				page);
	}

	/** The hazards found from {@code from} to {@code to} (days in Beijing time). */
	static String foundBetween(String alias, LocalDate from, LocalDate to) {
		return " and " + alias + ".found_at >= timestamptz '" + from + "' and " + alias + ".found_at < timestamptz '"
				+ to.plusDays(1) + "'";
	}

	String regionPrefix() {
		return RegionCode.isValid(regionCode) ? RegionCode.of(regionCode).prefix() : "";
	}

	/** The filters other than the region, each starting with {@code and}. */
	static final String FILTERS = " " + """
			and (cast(:scopeSchool as bigint) is null or h.school_id = :scopeSchool)
			and (cast(:school as bigint) is null or h.school_id = :school)
			and (cast(:status as varchar) is null or h.status = :status)
			and (cast(:grade as varchar) is null or h.grade = :grade)
			and (cast(:category as varchar) is null or h.category = :category)
			and (cast(:overdue as boolean) is null
			     or :overdue = (h.status not in ('VERIFIED', 'CLOSED') and h.deadline < :today))
			and (cast(:from as date) is null
			     or h.found_at >= cast(cast(:from as date) as timestamptz))
			and (cast(:to as date) is null
			     or h.found_at < cast(cast(:to as date) + 1 as timestamptz))""";

	static final String WHERE = " where h.region_code like :scope || '%' and h.region_code like :region || '%'"
			+ FILTERS;

	java.util.Map<String, Object> params(cn.xiaoan.shared.DataScope scope, LocalDate today) {
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		p.put("scope", scope.sqlRegionPrefix());
		p.put("scopeSchool", scope.sqlSchoolId());
		p.put("region", regionPrefix());
		p.put("school", schoolId);
		p.put("status", status == null ? null : status.name());
		p.put("grade", grade == null ? null : grade.name());
		p.put("category", category == null ? null : category.name());
		p.put("overdue", overdue);
		p.put("today", today);
		p.put("from", from);
		p.put("to", to);
		return p;
	}

}
