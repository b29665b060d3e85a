package cn.xiaoan.accident;

/**
 * A public-opinion case (舆情联动, module {@code opinion}) an accident with 校闹 is handled in:
 * only its id, so this module does not depend on that one; the opinion module links its
 * case through {@link AccidentManagement#linkOpinionCase(long, OpinionCaseRef)}.
 */
public record OpinionCaseRef(long caseId) {

	public OpinionCaseRef {
		if (caseId <= 0) {
			throw new IllegalArgumentException("an opinion case id is positive");
		}
	}

}
