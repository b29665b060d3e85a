package cn.xiaoan.opinion;

/** An overdue task reached the bureau above the case's unit after the grace. */
public record OpinionTaskEscalated(long taskId, long caseId, String regionCode, String bureauRegion) {
}
