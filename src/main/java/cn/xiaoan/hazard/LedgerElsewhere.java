package cn.xiaoan.hazard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.SafetyCategory;

/**
 * Hazards of the caller's region that another installation keeps (四级联网: a county running
 * its own installation below this city's), shown read-only under the ledger with where
 * they come from and counted into its figures. Implemented by the module that receives
 * them, so the ledger names none of its tables and does not depend on it; without such a
 * module the list is empty. An implementation checks the caller's permission and region
 * itself.
 */
public interface LedgerElsewhere {

	/**
	 * A hazard kept elsewhere: ledger facts only, the installation it comes from, and its
	 * state as last sent from there ({@code status} null for a status this release does
	 * not know; {@code deadline} null while none was sent, else the earlier of the
	 * hazard's and its 督办's); {@code supervised} while under 挂牌督办 and not closed,
	 * {@code escalation} the level it was raised to (null: not known).
	 */
	record Row(String source, String number, String schoolName, String regionCode, SafetyCategory category,
			HazardGrade grade, OffsetDateTime foundAt, HazardStatus status, LocalDate deadline, boolean overdue,
			boolean supervised, EscalationLevel escalation) {
	}

	/**
	 * The ledger's filter as hazards kept elsewhere can answer it: below
	 * {@code regionPrefix} ("" for the whole scope), of the category, found from
	 * {@code from} to {@code to} (Beijing days; null: unbounded), and by the state last
	 * sent: status, grade (the graded one, else the one suggested), open (neither
	 * verified nor closed, as {@link LedgerQuery#OPEN}), overdue (open past its deadline,
	 * or its 督办's when that is earlier) and under 挂牌督办 (listed and not closed, as
	 * {@link LedgerQuery#SUPERVISED}). Null filters nothing.
	 */
	record Filter(String regionPrefix, SafetyCategory category, LocalDate from, LocalDate to, HazardStatus status,
			HazardGrade grade, Boolean open, Boolean overdue, Boolean supervised) {

		public static Filter of(String regionPrefix, SafetyCategory category, LocalDate from, LocalDate to) {
			return new Filter(regionPrefix, category, from, to, null, null, null, null, null);
		}

	}

	/**
	 * The ledger's figures of the hazards a filter lists: all, open, major, overdue and
	 * fixed (verified or closed), each counted as the filter of its card lists them.
	 */
	record Figures(long hazards, long open, long major, long overdue, long fixed) {

		public static final Figures NONE = new Figures(0, 0, 0, 0, 0);

		public Figures plus(Figures other) {
			return new Figures(hazards + other.hazards, open + other.open, major + other.major, overdue + other.overdue,
					fixed + other.fixed);
		}

	}

	/** Such hazards of the filter, newest first, skipping {@code offset}. */
	List<Row> newest(Filter filter, int offset, int limit);

	/** How many hazards {@link #newest} pages through for the same filter. */
	long count(Filter filter);

	/** The figures of the hazards {@link #newest} pages through for the same filter. */
	Figures figures(Filter filter);

	/**
	 * The figures of {@link #figures} by region one level down, keyed as the ledger keys
	 * its rows: the first {@code digits} digits of the region code (2, 4 or 6), padded
	 * with zeros to six; each with the installation its hazards come from.
	 */
	default Map<String, Unit> figuresByRegion(Filter filter, int digits) {
		return Map.of();
	}

	/** A region's figures kept elsewhere and the installation they come from. */
	record Unit(String source, Figures figures) {
	}

	/**
	 * Whole days from finding to closing (销号, floored as the ledger's rollup keeps its
	 * own) of the hazards {@link #newest} pages through that carry a closing time, by
	 * region keyed as {@link #figuresByRegion}: region key → days → hazards.
	 */
	default Map<String, Map<Integer, Long>> daysToClose(Filter filter, int digits) {
		return Map.of();
	}

	/**
	 * A school of another installation with its open hazards past their deadline, as the
	 * ledger's {@code overdue=true} counts them; the school is named, never numbered (its
	 * id is that installation's).
	 */
	record SchoolOverdue(String source, String schoolName, String regionCode, long overdue) {
	}

	/** The schools kept elsewhere with the most overdue hazards, most first. */
	default List<SchoolOverdue> mostOverdue(int limit) {
		return List.of();
	}

	/**
	 * The hazards kept elsewhere in the caller's scope open at the end of each of
	 * {@code days} (Beijing, ascending), by grade, as the weekly chart counts this
	 * platform's: from when found until first verified or closed; on {@code today} those
	 * open now (as {@code open=true} lists them). Empty when there are none to count.
	 */
	default List<OpenHazardsWeek> openAt(List<LocalDate> days, LocalDate today) {
		return List.of();
	}

	/**
	 * A hazard kept elsewhere that a bureau there listed for 挂牌督办, as the 督办 page lists
	 * it (read-only): the ledger facts of {@link Row} and its 督办 as last sent — the
	 * supervising bureau's level ({@code null} when this release does not know it) and
	 * region, the notice's number, the on-site acceptance due date and when it was
	 * accepted and the school's leaders summoned ({@code null}: not (yet) sent or not
	 * done). {@code overdue}: open past its deadline (or its 督办's, when earlier), as the
	 * ledger's {@code overdue=true} counts it.
	 */
	record Supervised(String source, String number, String schoolName, String regionCode, HazardGrade grade,
			HazardStatus status, LocalDate deadline, boolean overdue, RegionCode.Level bureauLevel, String bureauRegion,
			String noticeNo, LocalDate acceptanceDue, OffsetDateTime acceptedAt, OffsetDateTime summonedAt) {
	}

	/**
	 * The hazards kept elsewhere in the caller's scope under 挂牌督办 — listed and not
	 * closed, exactly those {@link #count} counts with the ledger's 督办 filter — or, with
	 * {@code withClosed}, every one ever listed; for a caller who may supervise, none for
	 * one who is not a bureau.
	 */
	default List<Supervised> supervised(boolean withClosed) {
		return List.of();
	}

	/**
	 * Such hazards of the caller's scope below {@code regionPrefix}, of the category when
	 * given, found from {@code from} to {@code to}, newest first.
	 */
	default List<Row> newest(String regionPrefix, SafetyCategory category, LocalDate from, LocalDate to, int offset,
			int limit) {
		return newest(Filter.of(regionPrefix, category, from, to), offset, limit);
	}

	/** How many hazards {@link #newest} pages through for the same filter. */
	default long count(String regionPrefix, SafetyCategory category, LocalDate from, LocalDate to) {
		return count(Filter.of(regionPrefix, category, from, to));
	}

}
