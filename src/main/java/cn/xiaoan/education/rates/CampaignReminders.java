package cn.xiaoan.education.rates;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.xiaoan.education.Campaign;
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
 * reason is refused with the time of the last reminder. Internal: the pages go through
 * {@code EducationManagement}.
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

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CampaignReminders(JdbcClient jdbc, TargetedRates targeted, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.targeted = targeted;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Reminds the targeted schools below a region unit that are behind (or, for
	 * {@link Kind#UNASSIGNED}, have not assigned the campaign); the caller has checked
	 * the unit's scope. Answers how many schools were reminded.
	 */
	@Transactional
	public int remindSchools(Campaign campaign, String regionUnit, Kind kind, int minHours) {
		List<Long> behind = targeted.schoolsBehind(campaign, regionUnit, kind == Kind.UNASSIGNED);
		if (behind.isEmpty()) {
			return 0;
		}
		List<Long> schools = jdbc.sql("""
				insert into education.school_reminder (campaign_id, school_id, reminded_at)
				select :c, s, now() from unnest(:schools) s
				on conflict (campaign_id, school_id) do update set reminded_at = excluded.reminded_at
				where education.school_reminder.reminded_at <= now() - make_interval(hours => :hours)
				returning school_id""")
			.param("c", campaign.id())
			.param("schools", behind.toArray(Long[]::new))
			.param("hours", minHours)
			.query(Long.class)
			.list();
		if (schools.isEmpty()) {
			OffsetDateTime last = jdbc.sql(
					"select max(reminded_at) from education.school_reminder where campaign_id = :c and school_id = any(:s)")
				.param("c", campaign.id())
				.param("s", behind.toArray(Long[]::new))
				.query(OffsetDateTime.class)
				.single();
			throw new BusinessRuleViolation("remind", "education.remind.already", ReminderTimes.when(last, clock),
					minHours);
		}
		log(campaign.id(), regionUnit, kind, schools.size());
		events.publishEvent(new CampaignSchoolsReminded(campaign.id(), campaign.title(), schools));
		events.publishEvent(new EntityChanged("education.campaign", String.valueOf(campaign.id()), "REMIND",
				regionUnit.substring(2), null, Map.of(), Map.of("schools", schools.size(), "kind", kind.name())));
		return schools.size();
	}

	/** Records a reminder that reached {@code recipients} schools or students. */
	@Transactional
	public void log(long campaignId, String unit, Kind kind, int recipients) {
		CurrentUser caller = Callers.current();
		jdbc.sql("""
				insert into education.reminder_log (campaign_id, unit, kind, sent_by, sent_by_name, recipients)
				values (:c, :u, :k, :by, :name, :n)""")
			.param("c", campaignId)
			.param("u", unit)
			.param("k", kind.name())
			.param("by", caller.accountId())
			.param("name", caller.displayName())
			.param("n", recipients)
			.update();
	}

	/**
	 * The last reminder of the unit, until when the next is held back, and how many a
	 * reminder now would reach: schools behind and schools not assigned for a region,
	 * students not finished for a school or class.
	 */
	public Rates.ReminderStatus status(Campaign campaign, String unit, int minHours) {
		record Last(OffsetDateTime at, String by, int recipients) {
		}
		Last last = jdbc.sql("""
				select sent_at, sent_by_name, recipients from education.reminder_log
				where campaign_id = :c and unit = :u order by sent_at desc limit 1""")
			.param("c", campaign.id())
			.param("u", unit)
			.query((rs, n) -> new Last(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getInt(3)))
			.optional()
			.orElse(new Last(null, null, 0));
		OffsetDateTime hold = last.at() == null ? null : last.at().plusHours(minHours);
		if (unit.startsWith("R:")) {
			return new Rates.ReminderStatus(last.at(), last.by(), last.recipients(), hold,
					fresh(campaign, targeted.schoolsBehindShown(campaign, unit, false), minHours),
					fresh(campaign, targeted.schoolsBehindShown(campaign, unit, true), minHours));
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
