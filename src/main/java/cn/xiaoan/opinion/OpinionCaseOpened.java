package cn.xiaoan.opinion;

/** A case was opened by a school or a bureau (ids and facts only). */
public record OpinionCaseOpened(long caseId, String regionCode, Long schoolId, Severity severity, CaseSource source) {
}
