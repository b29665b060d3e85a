package cn.xiaoan.hazard;

import java.time.LocalDate;

/**
 * The hazards open at the end of a day (Beijing time) by their grade today; the last
 * week's figures are the headline's.
 */
public record OpenHazardsWeek(LocalDate day, long major, long general, long ungraded) {

	public long total() {
		return major + general + ungraded;
	}

}
