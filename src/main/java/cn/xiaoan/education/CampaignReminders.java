package cn.xiaoan.education;

import java.util.List;
import java.util.Set;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-click reminders from a campaign's rates page: a school or class reminds its
 * students and parents who have not finished; a bureau reminds the principals and safety
 * officers of every school below it that is not at 100%.
 */
@Service
public class CampaignReminders {

	private final JdbcClient jdbc;

	private final EducationRates rates;

	private final CampaignManagement campaigns;

	private final HomeworkNotices notices;

	private final Notifications notifications;

	CampaignReminders(JdbcClient jdbc, EducationRates rates, CampaignManagement campaigns, HomeworkNotices notices,
			Notifications notifications) {
		this.campaigns = campaigns;
		this.jdbc = jdbc;
		this.rates = rates;
		this.notifications = notifications;
		this.notices = notices;
	}

	/** Answers how many students (school or class) or schools (region) were reminded. */
	@Transactional
	public int remind(long campaignId, String unit) {
		Callers.current().require(Permission.EDUCATION_STATS);
		Campaign campaign = campaigns.campaign(campaignId);
		rates.requireUnit(unit);
		if (unit.startsWith("R:")) {
			Callers.current().require(Permission.EDUCATION_CAMPAIGN);
			List<Long> schools = jdbc.sql("""
					select substr(unit, 3)::bigint from education.rate
					where campaign_id = :c and unit like 'S:%' and completed < assigned
					  and parent in (select 'R:' || code from org.region where code like :prefix || '%')""")
				.param("c", campaignId)
				.param("prefix", cn.xiaoan.shared.RegionCode.of(unit.substring(2)).prefix())
				.query(Long.class)
				.list();
			schools.forEach(s -> notifications.toSchool(s, Set.of(Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER),
					"notify.campaign.behind", "/campaigns/" + campaignId + "?unit=S:" + s, campaign.title()));
			return schools.size();
		}
		Callers.current().require(Permission.EDUCATION_ASSIGN);
		record Open(long homeworkId, long classId, String title, java.time.LocalDate due) {
		}
		List<Open> open = jdbc.sql("""
				select distinct a.homework_id, a.class_id, h.title, h.due_on from education.assignment a
				join education.homework h on h.id = a.homework_id
				where a.campaign_id = :c and a.completed_at is null and (a.school_id = :s or a.class_id = :cl)""")
			.param("c", campaignId)
			.param("s", unit.startsWith("S:") ? Long.parseLong(unit.substring(2)) : -1L)
			.param("cl", unit.startsWith("C:") ? Long.parseLong(unit.substring(2)) : -1L)
			.query((rs, n) -> new Open(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, java.time.LocalDate.class)))
			.list();
		return open.stream().mapToInt(o -> notices.remind(o.homeworkId(), o.classId(), o.title(), o.due())).sum();
	}

}
