package cn.xiaoan.education;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.xiaoan.education.homework.Campaigns;
import cn.xiaoan.education.homework.RelayedCampaigns;
import cn.xiaoan.education.rates.CampaignRates;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.Permission;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns between installations (四级联网, ADR 0069): a bureau's campaign with its lesson
 * and quiz as the installations below receive it; one received from above, kept here as a
 * campaign of its region under the upper bureau's name and issued to the targeted schools
 * like a local one; and the figures of every targeted school that go back up. Only the
 * installation itself (the exchange, on a signed envelope) calls it: no role holds
 * {@link #CAMPAIGN_RELAY} but the system's.
 */
@Service
@Transactional
public class CampaignRelay {

	public static final Permission CAMPAIGN_RELAY = Permission.grantedTo("CAMPAIGN_RELAY");

	private final RelayedCampaigns relayed;

	private final Campaigns campaigns;

	private final CampaignRates rates;

	private final Clock clock;

	private final cn.xiaoan.education.homework.CampaignClosings closings;

	private final OneClickReminders reminders;

	CampaignRelay(RelayedCampaigns relayed, Campaigns campaigns, CampaignRates rates, Clock clock,
			cn.xiaoan.education.homework.CampaignClosings closings, OneClickReminders reminders) {
		this.closings = closings;
		this.reminders = reminders;
		this.relayed = relayed;
		this.campaigns = campaigns;
		this.rates = rates;
		this.clock = clock;
	}

	/**
	 * The campaign with its lesson and quiz as it goes down; empty when there is none, or
	 * it was withdrawn or ended early. Locked until the caller's transaction ends, so a
	 * withdrawal or end made meanwhile follows it (ADR 0070).
	 */
	public Optional<CampaignFromAbove> toRelay(long campaignId) {
		Callers.current().require(CAMPAIGN_RELAY);
		return relayed.toRelay(campaignId);
	}

	/**
	 * Keeps a campaign from above as a campaign of its (narrowed) region here, read-only,
	 * and issues it to the schools it targets here ({@link CampaignIssued}), which also
	 * passes it on to the installations further down. Answers the local campaign.
	 */
	public long receive(CampaignFromAbove above) {
		Callers.current().require(CAMPAIGN_RELAY);
		return relayed.receive(above).id();
	}

	/**
	 * The bureau above withdrew ({@code WITHDRAWN}) or ended early ({@code ENDED}) a
	 * campaign received from it, at {@code at}: closed here as a local one is, with the
	 * same {@link CampaignClosed}, which tells the schools and passes it on below. False
	 * when it changes nothing (closed so already, an end after the withdrawal, or a
	 * campaign not received from above).
	 */
	public boolean close(long campaignId, Campaign.Closing.Kind kind, String reason, java.time.Instant at) {
		Callers.current().require(CAMPAIGN_RELAY);
		return closings.closeFromAbove(campaignId, kind, reason, at);
	}

	/**
	 * The bureau above reminded the schools behind (or, {@code onlyUnassigned}, those
	 * that have not assigned it) within {@code regionCode} of a campaign received from it
	 * (ADR 0084): this copy's schools behind there are reminded as by a bureau here, with
	 * this installation's hold-back per school, the reminder logged under {@code above}
	 * (the installation above's name), and the installations further below asked in turn.
	 * Answers how many schools were reminded here; none when the copy is closed, not
	 * running or not received from above.
	 */
	public int remind(long campaignId, String regionCode, boolean onlyUnassigned, String above) {
		Callers.current().require(CAMPAIGN_RELAY);
		return reminders.remindFromAbove(campaignId, regionCode, onlyUnassigned, above);
	}

	/**
	 * The figures of every school a campaign targets here, counted as its rates page
	 * counts them: what goes up to the installation above.
	 */
	@Transactional(readOnly = true)
	public List<SchoolCount> counts(long campaignId) {
		Callers.current().require(CAMPAIGN_RELAY);
		return rates.schoolCounts(campaigns.campaign(campaignId));
	}

	/**
	 * The campaigns not yet ended that reach the region of an installation below added
	 * later (issued above it or within it).
	 */
	@Transactional(readOnly = true)
	public List<Long> runningAlong(String regionCode) {
		Callers.current().require(CAMPAIGN_RELAY);
		return relayed.runningAlong(regionCode, LocalDate.now(clock));
	}

}
