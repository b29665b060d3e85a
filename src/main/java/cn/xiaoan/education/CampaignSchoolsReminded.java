package cn.xiaoan.education;

import java.util.List;

/**
 * A bureau reminded the schools below it that have not finished a campaign (their
 * principals and safety officers are to follow it up). Ids and facts only.
 */
public record CampaignSchoolsReminded(long campaignId, String title, List<Long> schoolIds) {

	public CampaignSchoolsReminded {
		schoolIds = List.copyOf(schoolIds);
	}

}
