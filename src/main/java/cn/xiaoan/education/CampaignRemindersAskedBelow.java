package cn.xiaoan.education;

import java.time.Instant;

/**
 * A bureau's one-click reminder of a region unit found schools behind that live on
 * installations below (四级联网, ADR 0084): those installations are to remind their own
 * schools behind within {@code regionCode}, with the same hold-back per school as a local
 * reminder. {@code onlyUnassigned}: only the schools that have not assigned the campaign
 * (未布置). {@code schools} is how many mirrored schools were behind when it was asked. Ids
 * and facts only.
 */
public record CampaignRemindersAskedBelow(long campaignId, String regionCode, boolean onlyUnassigned, Instant askedAt,
		int schools) {

}
