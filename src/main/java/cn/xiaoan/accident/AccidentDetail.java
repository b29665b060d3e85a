package cn.xiaoan.accident;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An accident with everything the caller may see: the report, the people hurt as the
 * caller may see them, the chain, the insurance claims against the caps, the handling,
 * and the steps the caller may take now.
 */
public record AccidentDetail(AccidentSummary accident, String schoolName, String description, String firstMeasures,
		OffsetDateTime guardiansInformedAt, boolean policeInvolved, boolean medicalInvolved, String reportedByName,
		List<VictimView> victims, List<Hop> hops, List<ClaimView> claims, Caps caps, OffsetDateTime insurerDue,
		boolean insurerLate, List<Mediation> mediations, Responsibility responsibility, String responsibilityBasis,
		String disruptionNote, Long opinionCaseId, String closingReport, List<String> steps) {

	/**
	 * A person hurt as the caller sees them: {@code shown} is the name from the roll at
	 * the school, "李某" elsewhere.
	 */
	public record VictimView(long id, PersonKind kind, String shown, String gradeName, Integer age, Injury injury) {
	}

	/** A 校方责任险 claim. */
	public record ClaimView(long id, Long victimId, String insurer, String policyNo, OffsetDateTime notifiedAt,
			BigDecimal claimYuan, BigDecimal paidYuan, ClaimState state) {
	}

	/**
	 * The caps in force for the school (yuan) and what the school's claims of this school
	 * year ({@code schoolYear} its first calendar year) already take.
	 */
	public record Caps(BigDecimal perStudent, BigDecimal perAccident, BigDecimal perSchoolYear, int schoolYear,
			BigDecimal claimedThisSchoolYear, BigDecimal claimedThisAccident) {
	}

	/** 调解: a mediation meeting. */
	public record Mediation(LocalDate heldOn, String parties, String outcome, String recordedBy) {
	}

}
