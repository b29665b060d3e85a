package cn.xiaoan.education;

import java.time.LocalDate;
import java.util.List;

/**
 * A bureau issued a campaign; {@code schoolIds} are the schools it targets (those of the
 * region with a class of a targeted stage), whose principals and safety officers are to
 * assign it. Ids and facts only.
 */
public record CampaignIssued(long campaignId, String title, String issuerName, LocalDate endsOn, List<Long> schoolIds) {

	public CampaignIssued {
		schoolIds = List.copyOf(schoolIds);
	}

}
