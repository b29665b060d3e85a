package cn.xiaoan.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Figures of the caller's region that another installation keeps (四级联网: a county running
 * its own installation below this city's): its hazards and accidents as they were sent
 * up, grouped, counted into the analysis, the leader screen and the reports with where
 * they come from. Implemented by the module that receives them, so analytics names none
 * of its tables and does not depend on it; without such a module there are none. An
 * implementation checks the caller's permission and region itself.
 */
public interface FiguresElsewhere {

	/**
	 * Hazards kept elsewhere, found in one month (Beijing time) in one unit: a region
	 * code one level below the asked region, or a school of that installation
	 * ({@code unit} then names the installation and its school, never a local school id).
	 * Categories and grades are the codes as sent ({@code SafetyCategory},
	 * {@code HazardGrade} names); grade and {@code done} (verified or closed) are as that
	 * installation last sent them (the suggested grade until it graded the hazard; open
	 * until it sent a state).
	 */
	record HazardCount(String source, String unit, String unitName, LocalDate month, String category, boolean major,
			boolean done, long hazards) {
	}

	/** Accidents kept elsewhere of one severity ({@code Severity} name). */
	record AccidentCount(String source, String severity, long accidents) {
	}

	/**
	 * Hazards below {@code regionPrefix} found from {@code from} to {@code to} (Beijing
	 * days, both included), grouped by unit: the first {@code unitDigits} digits of the
	 * region code (2, 4 or 6: provinces, cities, counties), or schools when 0.
	 */
	List<HazardCount> hazards(String regionPrefix, int unitDigits, LocalDate from, LocalDate to);

	/**
	 * Whole days from finding to closing (销号) of the hazards below {@code regionPrefix}
	 * found from {@code from} to {@code to} and closed since, as their installation sent
	 * it: days → hazards.
	 */
	default Map<Integer, Long> daysToClose(String regionPrefix, LocalDate from, LocalDate to) {
		return Map.of();
	}

	/**
	 * Accidents below {@code regionPrefix} that occurred from {@code from} to {@code to}.
	 */
	List<AccidentCount> accidents(String regionPrefix, LocalDate from, LocalDate to);

}
