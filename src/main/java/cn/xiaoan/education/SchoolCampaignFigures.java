package cn.xiaoan.education;

/**
 * A school's figures over the campaigns that ran in a period, added up: students targeted
 * (应参与), those who completed, took the quiz and passed it — the counts of
 * {@link RateDefinitions}, a class not yet assigned counting its roll with nothing done.
 */
public record SchoolCampaignFigures(long schoolId, int targeted, int completed, int took, int passed) {
}
