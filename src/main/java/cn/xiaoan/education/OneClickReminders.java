package cn.xiaoan.education;

import cn.xiaoan.education.homework.Campaigns;
import cn.xiaoan.education.homework.Homeworks;
import cn.xiaoan.education.rates.CampaignRates;
import cn.xiaoan.education.rates.CampaignReminders;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.Permission;

import org.springframework.stereotype.Component;

/**
 * The one-click reminders of a campaign's rates page (one a unit, held back for the
 * policy's interval): a school or class reminds its students who have not finished, a
 * bureau the targeted schools below it that are behind or have not assigned the campaign,
 * and asks the installations below to remind theirs (ADR 0084); the installation above
 * asks the same of a campaign received from it ({@link #remindFromAbove}).
 */
@Component
class OneClickReminders {

	private final Campaigns campaigns;

	private final Homeworks homework;

	private final CampaignRates rates;

	private final CampaignReminders reminders;

	private final PolicyManagement policy;

	OneClickReminders(Campaigns campaigns, Homeworks homework, CampaignRates rates, CampaignReminders reminders,
			PolicyManagement policy) {
		this.campaigns = campaigns;
		this.homework = homework;
		this.rates = rates;
		this.reminders = reminders;
		this.policy = policy;
	}

	Rates.ReminderStatus status(long campaignId, String unit) {
		CurrentUser caller = Callers.current().require(Permission.EDUCATION_STATS);
		Campaign campaign = campaigns.campaign(campaignId);
		rates.requireUnit(unit);
		return reminders.status(campaign, unit, intervalHours(caller));
	}

	Rates.Reminded remind(long campaignId, String unit, boolean onlyUnassigned) {
		CurrentUser caller = Callers.current().require(Permission.EDUCATION_STATS);
		Campaign campaign = campaigns.campaign(campaignId);
		rates.requireUnit(unit);
		if (!campaign.open()) {
			throw new BusinessRuleViolation("unit", "campaign.closed.noReminder");
		}
		if (unit.startsWith("R:")) {
			caller.require(Permission.EDUCATION_CAMPAIGN);
			return reminders.remindSchools(campaign, unit,
					onlyUnassigned ? CampaignReminders.Kind.UNASSIGNED : CampaignReminders.Kind.BEHIND,
					intervalHours(caller));
		}
		if (onlyUnassigned) {
			throw new AccessDenied("only a bureau reminds schools to assign a campaign");
		}
		caller.require(Permission.EDUCATION_ASSIGN);
		int reminded = homework.remindCampaign(campaignId, unit);
		if (reminded > 0) {
			reminders.log(campaignId, unit, CampaignReminders.Kind.STUDENTS, reminded);
		}
		return new Rates.Reminded(reminded, 0, java.util.List.of());
	}

	/**
	 * The installation above asked its copy here to remind the schools behind within
	 * {@code regionCode} (its unit's region, or this copy's when that is wider); nothing
	 * when the campaign was not received from above, is closed or not running, or the
	 * region does not meet the campaign's. The hold-back is this installation's, for the
	 * campaign's region.
	 */
	int remindFromAbove(long campaignId, String regionCode, boolean onlyUnassigned, String above) {
		Campaign campaign = campaigns.campaign(campaignId);
		if (!campaign.received() || !campaign.runningOn(java.time.LocalDate.now(java.time.ZoneId.systemDefault()))
				|| !cn.xiaoan.shared.RegionCode.isValid(regionCode)) {
			return 0;
		}
		String asked = cn.xiaoan.shared.RegionCode.of(regionCode).prefix();
		String own = cn.xiaoan.shared.RegionCode.of(campaign.regionCode()).prefix();
		String unit = asked.startsWith(own) ? regionCode : own.startsWith(asked) ? campaign.regionCode() : null;
		if (unit == null) {
			return 0;
		}
		int hours = policy.effective(PolicySetting.REMINDER_MIN_INTERVAL_HOURS, campaign.regionCode()).asInt();
		return reminders
			.remindFromAbove(campaign, "R:" + unit,
					onlyUnassigned ? CampaignReminders.Kind.UNASSIGNED : CampaignReminders.Kind.BEHIND, hours, above)
			.here();
	}

	/**
	 * The hours a reminder holds back the next one to the same school or student, for the
	 * caller's region (policy {@code REMINDER_MIN_INTERVAL_HOURS}).
	 */
	int intervalHours(CurrentUser caller) {
		return policy.effective(PolicySetting.REMINDER_MIN_INTERVAL_HOURS, caller.scope().homeRegion()).asInt();
	}

}
