package cn.xiaoan.education;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one day (北京时间, the installation's zone) added to a campaign's figures: students
 * who took part, completed, took the quiz, passed, and parents who confirmed — numbers
 * only. A day may add less than nothing (homework removed that day). A school's days add
 * up to its figures; what its installation sends up with them for the trend above (ADR
 * 0079).
 */
public record DailyCount(LocalDate day, int participated, int completed, int took, int passed, int parentDone) {

	/**
	 * The days joined as a string, {@code day,p,c,t,s,f;…} in this record's order: how
	 * education's statement counting the schools up and exchange's store of the days from
	 * below both keep them. None for null or an empty string.
	 */
	public static List<DailyCount> parseJoined(String joined) {
		List<DailyCount> days = new ArrayList<>();
		if (joined == null || joined.isEmpty()) {
			return days;
		}
		for (String day : joined.split(";")) {
			String[] v = day.split(",");
			days.add(new DailyCount(LocalDate.parse(v[0]), Integer.parseInt(v[1]), Integer.parseInt(v[2]),
					Integer.parseInt(v[3]), Integer.parseInt(v[4]), Integer.parseInt(v[5])));
		}
		return days;
	}

}
