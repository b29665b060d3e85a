package cn.xiaoan.schoolbus;

import java.time.LocalDate;

/**
 * A permit application with each step's working-day deadline and whether it was (or is)
 * late. No personal data: a vehicle, a school, dates and the parties' answers.
 */
public record PermitView(long id, long schoolId, String schoolName, String plate, String applicant, PermitStatus status,
		LocalDate appliedOn, LocalDate forwardDue, LocalDate forwardedOn, LocalDate answersDue, Boolean policeAgrees,
		String policeNote, LocalDate policeOn, Boolean transportAgrees, String transportNote, LocalDate transportOn,
		LocalDate opinionDue, Boolean opinionAgrees, String opinionNote, LocalDate opinionOn, Boolean approved,
		String decisionNote, LocalDate decidedOn, LocalDate today) {

	public boolean forwardLate() {
		return late(forwardDue, forwardedOn);
	}

	public boolean policeLate() {
		return answersDue != null && late(answersDue, policeOn);
	}

	public boolean transportLate() {
		return answersDue != null && late(answersDue, transportOn);
	}

	public boolean opinionLate() {
		return opinionDue != null && late(opinionDue, opinionOn);
	}

	/** Any step late: the county's attention. */
	/** The deadline of the step the application waits for (null once decided). */
	public LocalDate currentDue() {
		return switch (status()) {
			case APPLIED -> forwardDue();
			case FORWARDED -> answersDue();
			case ANSWERED -> opinionDue();
			default -> null;
		};
	}

	public boolean late() {
		return forwardLate() || policeLate() || transportLate() || opinionLate();
	}

	private boolean late(LocalDate due, LocalDate done) {
		return done == null ? today.isAfter(due) : done.isAfter(due);
	}

}
