package cn.xiaoan.notification;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.CampaignClosed;
import cn.xiaoan.education.CampaignIssued;
import cn.xiaoan.education.CampaignSchoolsReminded;
import cn.xiaoan.education.HomeworkAssigned;
import cn.xiaoan.education.HomeworkReminded;
import cn.xiaoan.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What students, parents and schools hear of education: new homework and reminders in the
 * inbox of each student and their parents (accounts from the view people publishes,
 * {@code people.student_account}), reminders also pushed through every
 * {@link ReminderChannel}, a bureau's new campaign and its nudge to the principals and
 * safety officers of schools behind on a campaign. Runs after the education transaction
 * commits; the event publication registry delivers again after a crash.
 */
@Component
class EducationNotices {

	private final Notifications notifications;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	EducationNotices(Notifications notifications, JdbcClient jdbc, MessageSource messages) {
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(HomeworkAssigned event) {
		notifications.toAccounts(accountsOf(event.studentIds()), "notify.homework.assigned", "/my/homework",
				event.title(), event.dueOn().toString());
	}

	@ApplicationModuleListener
	void on(HomeworkReminded event) {
		List<Long> accounts = accountsOf(event.studentIds());
		notifications.toAccounts(accounts, "notify.homework.reminder", "/my/homework", event.title(),
				event.dueOn().toString());
		String text = messages.getMessage("notify.homework.reminder",
				new Object[] { event.title(), event.dueOn().toString() }, Locale.SIMPLIFIED_CHINESE);
		notifications.push(accounts, text);
	}

	@ApplicationModuleListener
	void on(CampaignSchoolsReminded event) {
		event.schoolIds()
			.forEach(school -> notifications.toSchool(school, Set.of(Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER),
					"notify.campaign.behind", "/campaigns/" + event.campaignId() + "?unit=S:" + school, event.title()));
	}

	/**
	 * A bureau issued a campaign: the principals and safety officers of every targeted
	 * school find it in their inbox, with a link to their school's page of it.
	 */
	@ApplicationModuleListener
	void on(CampaignIssued event) {
		event.schoolIds()
			.forEach(school -> notifications.toSchool(school, Set.of(Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER),
					"notify.campaign.issued", "/campaigns/" + event.campaignId() + "?unit=S:" + school, event.title(),
					event.issuerName(), event.endsOn().toString()));
	}

	/**
	 * A campaign was withdrawn or ended early (here or by the bureau above): the
	 * principals and safety officers of every targeted school are told, with the reason.
	 */
	@ApplicationModuleListener
	void on(CampaignClosed event) {
		String key = event.closing().kind() == Campaign.Closing.Kind.WITHDRAWN ? "notify.campaign.withdrawn"
				: "notify.campaign.ended";
		event.schoolIds()
			.forEach(school -> notifications.toSchool(school, Set.of(Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER), key,
					"/campaigns/" + event.campaignId() + "?unit=S:" + school, event.title(), event.issuerName(),
					event.closing().reason()));
	}

	/** The students' own accounts and their parents', each once. */
	private List<Long> accountsOf(List<Long> students) {
		return jdbc.sql("select distinct account_id from people.student_account where student_id = any(:s)")
			.param("s", students.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

}
