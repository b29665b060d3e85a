package cn.xiaoan.hazard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.xiaoan.shared.SafetyCategory;

/**
 * Hazards of the caller's region that another installation keeps (四级联网: a county running
 * its own installation below this city's), shown read-only under the ledger with where
 * they come from. Implemented by the module that receives them, so the ledger names none
 * of its tables and does not depend on it; without such a module the list is empty. An
 * implementation checks the caller's permission and region itself.
 */
public interface LedgerElsewhere {

	/** A hazard kept elsewhere: ledger facts only, and the installation it comes from. */
	record Row(String source, String number, String schoolName, String regionCode, SafetyCategory category,
			HazardGrade grade, OffsetDateTime foundAt) {
	}

	/**
	 * Such hazards of the caller's scope below {@code regionPrefix} ("" for the whole
	 * scope), of the category when given, found from {@code from} to {@code to} (Beijing
	 * days; null: unbounded), newest first, skipping {@code offset}.
	 */
	List<Row> newest(String regionPrefix, SafetyCategory category, LocalDate from, LocalDate to, int offset, int limit);

	/** How many hazards {@link #newest} pages through for the same filter. */
	long count(String regionPrefix, SafetyCategory category, LocalDate from, LocalDate to);

}
