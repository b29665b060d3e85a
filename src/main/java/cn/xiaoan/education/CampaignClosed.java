package cn.xiaoan.education;

import java.util.List;

/**
 * A campaign was withdrawn (撤回) or ended early (提前结束): here by the bureau that issued it,
 * or — for a campaign received from above — by the bureau above, at {@code closing.at()}.
 * {@code schoolIds} are the schools it targets here, whose principals and safety officers
 * are told. Ids and facts only.
 */
public record CampaignClosed(long campaignId, String title, String issuerName, Campaign.Closing closing,
		List<Long> schoolIds) {

	public CampaignClosed {
		schoolIds = List.copyOf(schoolIds);
	}

}
