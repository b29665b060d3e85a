package cn.xiaoan.education;

import java.time.LocalDate;

/** A safety-education campaign (专题活动) issued by a bureau to the schools below it. */
public record Campaign(long id, String title, String description, String lessonCode, String lessonTitle,
		String regionCode, String issuerName, LocalDate startsOn, LocalDate endsOn, boolean requiresParent) {

	/** Running today (between its first and last day, both included). */
	public boolean runningOn(LocalDate day) {
		return !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}

}
