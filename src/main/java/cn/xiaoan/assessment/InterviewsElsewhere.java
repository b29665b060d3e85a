package cn.xiaoan.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * 约谈 and rectification orders opened by another installation (四级联网: a county running its
 * own installation below this city's) for schools of the caller's region, shown read-only
 * beside this platform's, each with where it comes from. Implemented by the module that
 * receives them, so assessment names none of its tables and does not depend on it;
 * without such a module there are none. An implementation checks the caller's region
 * itself.
 */
public interface InterviewsElsewhere {

	/**
	 * A 约谈 below as its installation last sent it: no reason, reply or comment (they stay
	 * below). {@code interviewId} and {@code schoolId} are its and its school's ids
	 * there, never local ones (a school ranked from below carries the same id and
	 * source).
	 */
	record Interview(String source, long interviewId, String schemeName, String periodKey, long schoolId,
			String schoolName, String regionCode, LocalDate deadline, InterviewStatus status, OffsetDateTime openedAt,
			OffsetDateTime repliedAt, OffsetDateTime closedAt) {

		/** Past its deadline and not done, as a 约谈 of this platform is. */
		public boolean overdue(LocalDate today) {
			return status != InterviewStatus.ACCEPTED && deadline.isBefore(today);
		}

	}

	/** The 约谈 below {@code regionPrefix}, soonest deadline first. */
	List<Interview> under(String regionPrefix);

}
