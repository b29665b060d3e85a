package cn.xiaoan.opinion;

/**
 * A national release deadline of a major case passed unmet ({@code pressConference}: the
 * press conference's, otherwise the authoritative information's); the bureau above was
 * told.
 */
public record ReleaseDeadlineMissed(long caseId, String regionCode, String bureauRegion, boolean pressConference) {
}
