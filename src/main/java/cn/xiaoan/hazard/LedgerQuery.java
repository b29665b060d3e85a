package cn.xiaoan.hazard;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.SafetyCategory;

/**
 * Filters, order and page of the ledger (台账) within the caller's scope. {@code open}: not
 * yet verified or closed ({@link #OPEN}); {@code supervised}: under 挂牌督办 and not closed
 * ({@link #SUPERVISED}); {@code size} one of {@link #SIZES}.
 */
record LedgerQuery(Long schoolId, String regionCode, HazardStatus status, HazardGrade grade, SafetyCategory category,
		Boolean overdue, LocalDate from, LocalDate to, int page, Boolean open, Boolean supervised, LedgerSort sort,
		int size) {

	/** The page sizes a user may choose; the first is not the default ({@link #SIZE}). */
	static final List<Integer> SIZES = List.of(20, 50, 100);

	static final int SIZE = 50;

	/**
	 * "Open" (未销号) over alias {@code h}: every status {@link HazardStatus#open()} counts,
	 * i.e. neither verified nor closed. The headline figures, the rollup's open count and
	 * the {@code open=true} filter all count by this one definition.
	 */
	static final String OPEN = "h.status in (" + Arrays.stream(HazardStatus.values())
		.filter(HazardStatus::open)
		.map(s -> "'" + s.name() + "'")
		.collect(Collectors.joining(", ")) + ")";

	/** Under 挂牌督办 (督办中) over alias {@code h}: listed by a bureau and not yet closed. */
	static final String SUPERVISED = "(h.supervised_by_level is not null and h.status <> 'CLOSED')";

	LedgerQuery {
		page = Math.max(0, page);
		size = SIZES.contains(size) ? size : SIZE;
		sort = sort == null ? LedgerSort.NEWEST : sort;
	}

	/** The filters the ledger has always had: first page of 50, newest first. */
	LedgerQuery(Long schoolId, String regionCode, HazardStatus status, HazardGrade grade, SafetyCategory category,
			Boolean overdue, LocalDate from, LocalDate to, int page) {
		this(schoolId, regionCode, status, grade, category, overdue, from, to, page, null, null, null, SIZE);
	}

	public static LedgerQuery all() {
		return new LedgerQuery(null, null, null, null, null, null, null, null, 0);
	}

	/** This filter over the hazards found in a period (every hazard for "all"). */
	LedgerQuery in(LedgerPeriod period) {
		return new LedgerQuery(schoolId, regionCode, status, grade, category, overdue, period.from(), period.to(), page,
				open, supervised, sort, size);
	}

	/** The same filter and order on another page. */
	LedgerQuery onPage(int other) {
		return new LedgerQuery(schoolId, regionCode, status, grade, category, overdue, from, to, other, open,
				supervised, sort, size);
	}

	/** Filters the rollup does not keep (so counts come from the hazards). */
	boolean beyondRollup() {
		return open != null || supervised != null;
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
			and (cast(:from as date) is null
			     or h.found_at >= cast(cast(:from as date) as timestamptz))
			and (cast(:to as date) is null
			     or h.found_at < cast(cast(:to as date) + 1 as timestamptz))"""
			+ " and (cast(:overdue as boolean) is null or :overdue = (" + OPEN + " and h.deadline < :today))"
			+ " and (cast(:open as boolean) is null or :open = (" + OPEN + "))"
			+ " and (cast(:supervised as boolean) is null or :supervised = " + SUPERVISED + ")";

	static final String WHERE = " where h.region_code like :scope || '%' and h.region_code like :region || '%'"
			+ FILTERS;

	Map<String, Object> params(DataScope scope, LocalDate today) {
		Map<String, Object> p = new HashMap<>();
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
		p.put("open", open);
		p.put("supervised", supervised);
		return p;
	}

}
