package cn.xiaoan.education.homework;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.CampaignClosed;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 撤回 and 提前结束 of a campaign (ADR 0070), done the same way by the bureau that issued it
 * here and, for a campaign received from above, by the bureau above through the exchange:
 * the rules of {@link Campaign#close}, one conditional update (a concurrent second click
 * changes nothing), the audit entry and {@link CampaignClosed}, which tells the targeted
 * schools and passes it on to the installations below. Internal: the pages go through
 * {@code EducationManagement}, the exchange through {@code CampaignRelay}.
 */
@Service
@Transactional
public class CampaignClosings {

	private final JdbcClient jdbc;

	private final Campaigns campaigns;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CampaignClosings(JdbcClient jdbc, Campaigns campaigns, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The caller withdraws or ends early a campaign its bureau issued here; answers it as
	 * it now is (unchanged when it was so already).
	 */
	public Campaign close(long id, Campaign.Closing.Kind kind, String reason) {
		Campaign campaign = campaigns.campaign(id);
		requireIssuer(Callers.current(), campaign);
		campaign.close(kind, reason, clock.instant()).ifPresent(c -> apply(campaign, c));
		return campaigns.campaign(id);
	}

	/**
	 * Whether the caller is of the bureau that issued the campaign here, with the right
	 * to issue campaigns: the only one who withdraws it or ends it early.
	 */
	@Transactional(readOnly = true)
	public boolean closable(Campaign campaign) {
		try {
			requireIssuer(Callers.current(), campaign);
			return true;
		}
		catch (AccessDenied refused) {
			return false;
		}
	}

	/**
	 * The bureau above withdrew or ended early a campaign received from it, at {@code at}
	 * (never later than now here): closed here by the same rules. False when it changes
	 * nothing — closed so already, or refused (an end after the withdrawal, or once its
	 * last day here had passed).
	 */
	public boolean closeFromAbove(long id, Campaign.Closing.Kind kind, String reason, Instant at) {
		Instant now = clock.instant();
		Campaign campaign = campaigns.campaign(id);
		if (!campaign.received()) {
			return false;
		}
		try {
			Optional<Campaign.Closing> closing = campaign.close(kind, reason, at.isAfter(now) ? now : at);
			closing.ifPresent(c -> apply(campaign, c));
			return closing.isPresent();
		}
		catch (BusinessRuleViolation refused) {
			return false;
		}
	}

	private void apply(Campaign campaign, Campaign.Closing closing) {
		int changed = jdbc.sql("""
				update education.campaign set closed = :kind, closed_at = :at, close_reason = :reason
				where id = :id and (closed is null or (:kind = 'WITHDRAWN' and closed = 'ENDED'))""")
			.param("kind", closing.kind().name())
			.param("at", java.sql.Timestamp.from(closing.at()))
			.param("reason", closing.reason())
			.param("id", campaign.id())
			.update();
		if (changed == 0) {
			return;
		}
		events.publishEvent(new CampaignClosed(campaign.id(), campaign.title(), campaign.issuerName(), closing,
				campaigns.targetedSchools(campaign)));
		events.publishEvent(EntityChanged.updated("education.campaign", campaign.id(), campaign.regionCode(), null,
				Map.of("state", campaign.closing() == null ? "RUNNING" : campaign.closing().kind().name()),
				Map.of("state", closing.kind().name(), "reason", closing.reason())));
	}

	/**
	 * Only the safety officials of the bureau that issued it (its region's bureau, with
	 * the right to issue campaigns); a campaign received from above is closed there only.
	 */
	private static void requireIssuer(CurrentUser caller, Campaign campaign) {
		caller.require(Permission.EDUCATION_CAMPAIGN);
		DataScope scope = caller.scope();
		if (campaign.received()) {
			throw new AccessDenied("a campaign received from above is withdrawn or ended there");
		}
		if (scope.kind() != DataScope.Kind.REGION
				|| !scope.regionPrefix().equals(RegionCode.of(campaign.regionCode()).prefix())) {
			throw new AccessDenied("only the bureau that issued a campaign withdraws it or ends it early");
		}
	}

}
