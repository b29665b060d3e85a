package cn.xiaoan.bullying;

import java.time.LocalDate;

/** A case still undecided past its decision deadline, flagged to the county once. */
public record BullyingDecisionLate(long caseId, long schoolId, String regionCode, LocalDate decisionDue) {
}
