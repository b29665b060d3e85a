package cn.xiaoan.education.rates;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.CampaignRemindersAskedBelow;
import cn.xiaoan.education.CampaignSchoolsReminded;
import cn.xiaoan.education.Rates;
import cn.xiaoan.education.ReminderTimes;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-click reminders of a campaign's rates page: a bureau reminds the targeted
 * schools below it that are behind, or only those that have not assigned it (未布置); each
 * click is logged ({@code education.reminder_log}) so the page says when the last went
 * out, by whom, to how many, and until when the next is held back. A school reminded of
 * the campaign within {@code minHours} is skipped: each school is claimed in
 * {@code education.school_reminder} by a compare-and-set upsert before it is told, so
 * repeated clicks, on any instance, remind it once; a click that reminds nobody for that
 * reason is refused with the time of the last reminder. Schools behind on the
 * installations below are asked of those installations ({@link RemindersBelow}, ADR
 * 0084). Internal: the pages go through {@code EducationManagement}.
 */
@Service
@Transactional(readOnly = true)
public class CampaignReminders {

	/** Reminded schools behind (未完成), schools that have not assigned (未布置), students. */
	public enum Kind {

		BEHIND, UNASSIGNED, STUDENTS

	}

	private final JdbcClient jdbc;

	private final TargetedRates targeted;

	private final RemindersBelow below;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CampaignReminders(JdbcClient jdbc, TargetedRates targeted, RemindersBelow below, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.targeted = targeted;
		this.below = below;
		this.events = events;
		this.clock = clock;
	}

	/** Who sent a reminder: a signed-in bureau, or the installation above (ADR 0084). */
	private record Sender(long accountId, String name) {

		static Sender caller() {
			CurrentUser caller = Callers.current();
			return new Sender(caller.accountId(), caller.displayName());
		}

	}

	/**
	 * Reminds the targeted schools below a region unit that are behind (or, for
	 * {@link Kind#UNASSIGNED}, have not assigned the campaign), and asks the
	 * installations below that keep such schools to remind theirs
	 * ({@link CampaignRemindersAskedBelow}, ADR 0084); the caller has checked the unit's
	 * scope. Refused with the time of the last reminder when every one of them was
	 * reminded (or asked) within the cooldown.
	 */
	@Transactional
	public Rates.Reminded remindSchools(Campaign campaign, String regionUnit, Kind kind, int minHours) {
		return remind(campaign, regionUnit, kind, minHours, Sender.caller(), true);
	}

	/**
	 * The same reminder asked by the installation above ({@code above} names it) for its
	 * copy of the campaign here: the same claim per school, so a school reminded here
	 * within the cooldown is not reminded again, and nobody left is no refusal.
	 */
	@Transactional
	public Rates.Reminded remindFromAbove(Campaign campaign, String regionUnit, Kind kind, int minHours, String above) {
		return remind(campaign, regionUnit, kind, minHours, new Sender(0, above), false);
	}

	private Rates.Reminded remind(Campaign campaign, String regionUnit, Kind kind, int minHours, Sender sender,
			boolean refuseWhenHeld) {
		List<Long> behind = targeted.schoolsBehind(campaign, regionUnit, kind == Kind.UNASSIGNED);
		RemindersBelow.Asked behindBelow = below.behind(campaign.id(), regionUnit, kind == Kind.UNASSIGNED);
		OffsetDateTime heldBelow = behindBelow.schools() == 0 ? null
				: below.heldSince(campaign.id(), regionUnit, kind, minHours);
		RemindersBelow.Asked asked = heldBelow == null ? behindBelow : RemindersBelow.Asked.NONE;
		List<Long> schools = claim(campaign.id(), behind, minHours);
		if (schools.isEmpty() && asked.schools() == 0) {
			if (refuseWhenHeld && (!behind.isEmpty() || heldBelow != null)) {
				OffsetDateTime last = behind.isEmpty() ? heldBelow : lastReminded(campaign.id(), behind);
				if (heldBelow != null && heldBelow.isAfter(last)) {
					last = heldBelow;
				}
				throw new BusinessRuleViolation("remind", "education.remind.already", ReminderTimes.when(last, clock),
						minHours);
			}
			return new Rates.Reminded(0, 0, List.of());
		}
		log(campaign.id(), regionUnit, kind, schools.size(), asked, sender);
		if (!schools.isEmpty()) {
			events.publishEvent(new CampaignSchoolsReminded(campaign.id(), campaign.title(), schools));
		}
		if (asked.schools() > 0) {
			events.publishEvent(new CampaignRemindersAskedBelow(campaign.id(), regionUnit.substring(2),
					kind == Kind.UNASSIGNED, clock.instant(), asked.schools()));
		}
		events.publishEvent(new EntityChanged("education.campaign", String.valueOf(campaign.id()), "REMIND",
				regionUnit.substring(2), null, Map.of(),
				Map.of("schools", schools.size(), "kind", kind.name(), "askedBelow", asked.schools())));
		return new Rates.Reminded(schools.size(), asked.schools(), asked.sources());
	}

	/**
	 * Claims the schools not reminded of the campaign within the cooldown, by a
	 * compare-and-set upsert: repeated clicks, on any instance, claim each once.
	 */
	private List<Long> claim(long campaignId, List<Long> behind, int minHours) {
		if (behind.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				insert into education.school_reminder (campaign_id, school_id, reminded_at)
				select :c, s, now() from unnest(:schools) s
				on conflict (campaign_id, school_id) do update set reminded_at = excluded.reminded_at
				where education.school_reminder.reminded_at <= now() - make_interval(hours => :hours)
				returning school_id""")
			.param("c", campaignId)
			.param("schools", behind.toArray(Long[]::new))
			.param("hours", minHours)
			.query(Long.class)
			.list();
	}

	private OffsetDateTime lastReminded(long campaignId, List<Long> schools) {
		return jdbc.sql(
				"select max(reminded_at) from education.school_reminder where campaign_id = :c and school_id = any(:s)")
			.param("c", campaignId)
			.param("s", schools.toArray(Long[]::new))
			.query(OffsetDateTime.class)
			.single();
	}

	/** Records a reminder that reached {@code recipients} schools or students. */
	@Transactional
	public void log(long campaignId, String unit, Kind kind, int recipients) {
		log(campaignId, unit, kind, recipients, RemindersBelow.Asked.NONE, Sender.caller());
	}

	private void log(long campaignId, String unit, Kind kind, int recipients, RemindersBelow.Asked asked,
			Sender sender) {
		jdbc.sql("""
				insert into education.reminder_log (campaign_id, unit, kind, sent_by, sent_by_name, recipients,
				  asked_below, asked_below_from)
				values (:c, :u, :k, :by, :name, :n, :below, :from)""")
			.param("c", campaignId)
			.param("u", unit)
			.param("k", kind.name())
			.param("by", sender.accountId())
			.param("name", sender.name().length() > 50 ? sender.name().substring(0, 50) : sender.name())
			.param("n", recipients)
			.param("below", asked.schools())
			.param("from", asked.schools() == 0 ? null : cut(String.join("、", asked.sources()), 200))
			.update();
	}

	private static String cut(String text, int most) {
		return text.length() > most ? text.substring(0, most) : text;
	}

	/**
	 * The last reminder of the unit, until when the next is held back, and how many a
	 * reminder now would reach: schools behind and schools not assigned for a region,
	 * students not finished for a school or class.
	 */
	public Rates.ReminderStatus status(Campaign campaign, String unit, int minHours) {
		record Last(OffsetDateTime at, String by, int recipients, int askedBelow, String askedFrom) {
		}
		Last last = jdbc.sql("""
				select sent_at, sent_by_name, recipients, asked_below, asked_below_from from education.reminder_log
				where campaign_id = :c and unit = :u order by sent_at desc limit 1""")
			.param("c", campaign.id())
			.param("u", unit)
			.query((rs, n) -> new Last(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getInt(3),
					rs.getInt(4), rs.getString(5)))
			.optional()
			.orElse(new Last(null, null, 0, 0, null));
		OffsetDateTime hold = last.at() == null ? null : last.at().plusHours(minHours);
		if (unit.startsWith("R:")) {
			RemindersBelow.Pending pendingBelow = below.pending(campaign.id(), unit, minHours);
			return new Rates.ReminderStatus(last.at(), last.by(), last.recipients(), hold,
					fresh(campaign, targeted.schoolsBehindShown(campaign, unit, false), minHours),
					fresh(campaign, targeted.schoolsBehindShown(campaign, unit, true), minHours), pendingBelow.behind(),
					pendingBelow.unassigned(), last.askedBelow(), last.askedFrom());
		}
		int students = jdbc.sql("""
				select count(*) from education.assignment
				where campaign_id = :c and completed_at is null and (school_id = :s or class_id = :cl)
				  and (reminded_at is null or reminded_at <= now() - make_interval(hours => :hours))""")
			.param("c", campaign.id())
			.param("s", unit.startsWith("S:") ? Long.parseLong(unit.substring(2)) : -1L)
			.param("cl", unit.startsWith("C:") ? Long.parseLong(unit.substring(2)) : -1L)
			.param("hours", minHours)
			.query(Integer.class)
			.single();
		return new Rates.ReminderStatus(last.at(), last.by(), last.recipients(), hold, students, 0);
	}

	/** How many of the schools were not reminded of the campaign within the cooldown. */
	private int fresh(Campaign campaign, List<Long> schools, int minHours) {
		if (schools.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				select count(*) from unnest(:s) s where not exists (
				    select 1 from education.school_reminder r where r.campaign_id = :c and r.school_id = s
				      and r.reminded_at > now() - make_interval(hours => :hours))""")
			.param("s", schools.toArray(Long[]::new))
			.param("c", campaign.id())
			.param("hours", minHours)
			.query(Integer.class)
			.single();
	}

}
