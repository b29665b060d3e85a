package cn.xiaoan.assessment;

import java.util.Arrays;

import cn.xiaoan.shared.BusinessRuleViolation;

/**
 * Which 约谈 a list shows and a count counts — one rule for both, for those of this
 * platform and those below: all, awaiting the school's rectification (opened or
 * returned), rectification submitted and awaiting the bureau, done, or overdue (past the
 * deadline and not done).
 */
public enum InterviewFilter {

	ALL("all"), AWAITING("awaiting"), REPLIED("replied"), DONE("done"), OVERDUE("overdue");

	private final String param;

	InterviewFilter(String param) {
		this.param = param;
	}

	/** The value of the page's {@code state} parameter. */
	public String param() {
		return param;
	}

	public String messageKey() {
		return "assessment.interview.filter." + param;
	}

	/** The filter a {@code state} parameter names; all for none or an unknown one. */
	public static InterviewFilter of(String param) {
		return Arrays.stream(values()).filter(f -> f.param.equals(param)).findFirst().orElse(ALL);
	}

	/**
	 * The filter a request names, all for none; a value naming no filter is refused with
	 * the field (the API's parameter, where the page falls back to all).
	 */
	static InterviewFilter strictly(String param) {
		InterviewFilter filter = of(param);
		if (param != null && !filter.param.equals(param)) {
			throw new BusinessRuleViolation("state", "assessment.interview.filter.invalid");
		}
		return filter;
	}

	public boolean matches(InterviewStatus status, boolean overdue) {
		return switch (this) {
			case ALL -> true;
			case AWAITING -> status.awaitsReply();
			case REPLIED -> status == InterviewStatus.REPLIED;
			case DONE -> status == InterviewStatus.ACCEPTED;
			case OVERDUE -> overdue;
		};
	}

}
