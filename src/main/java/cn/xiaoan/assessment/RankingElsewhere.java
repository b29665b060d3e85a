package cn.xiaoan.assessment;

import java.util.List;

/**
 * Schools of the caller's region scored by another installation (四级联网: a county running
 * its own installation below this city's), ranked read-only with this platform's schools,
 * each with where it comes from. Implemented by the module that receives their scores, so
 * assessment names none of its tables and does not depend on it; without such a module
 * there are none. An implementation checks the caller's permission and region itself.
 */
public interface RankingElsewhere {

	/**
	 * A school scored below under that installation's own scheme ({@code schemeName}):
	 * its total, the ledger figures it was scored from and each indicator's points — no
	 * person's data. {@code schoolId} is the school's id there, never a local one.
	 */
	record School(String source, long schoolId, String schoolName, String regionCode, String schemeName, double total,
			int hazards, int fixed, int openHazards, int overdue, double inspected, int inspectedItems,
			List<Indicator> indicators) {
	}

	/** One indicator of the scheme below, its weight and the school's points. */
	record Indicator(String name, double weight, double points) {
	}

	/**
	 * The schools below {@code regionPrefix} scored for the period {@code periodKey} of a
	 * scheme of {@code year}, best first.
	 */
	List<School> schools(String regionPrefix, int year, String periodKey);

}
