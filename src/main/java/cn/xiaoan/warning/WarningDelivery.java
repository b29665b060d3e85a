package cn.xiaoan.warning;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.people.Recipients;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Warnings reach people outside the inbox too: after an issue commits, the principal and
 * safety officer of every target school get the warning pushed through every
 * {@code ReminderChannel} (level, kind, title, the time by which to acknowledge, the
 * link); after a chase, the leaders of the chased schools again; and a county's safety
 * officers hear how many of its schools are late. Runs after the warning's transaction,
 * so the fan-out is never slowed; {@link Notifications#push} batches the accounts.
 */
@Component
class WarningDelivery {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final JdbcClient jdbc;

	private final Recipients recipients;

	private final Notifications notifications;

	private final MessageSource messages;

	private final WarningTimes times;

	WarningDelivery(JdbcClient jdbc, Recipients recipients, Notifications notifications, MessageSource messages,
			WarningTimes times) {
		this.jdbc = jdbc;
		this.recipients = recipients;
		this.notifications = notifications;
		this.messages = messages;
		this.times = times;
	}

	private record Facts(long id, WarningKind kind, WarningLevel level, String title, Instant dueAt) {
	}

	@ApplicationModuleListener
	void on(WarningIssued event) {
		List<Long> schools = jdbc.sql("select school_id from warning.target where warning_id = :w")
			.param("w", event.warningId())
			.query(Long.class)
			.list();
		push(facts(event.warningId()), "warning.push.issued", schools);
	}

	@ApplicationModuleListener
	void on(WarningChased event) {
		push(facts(event.warningId()), "warning.push.chased", event.schoolIds());
	}

	@ApplicationModuleListener
	void on(WarningOverdue event) {
		Facts w = facts(event.warningId());
		List<Long> officers = recipients.atBureau(RegionCode.fromPrefix(event.countyPrefix()),
				Set.of(Role.BUREAU_SAFETY_OFFICER));
		notifications.push(officers, text("warning.push.late", w.title(), String.valueOf(event.schools()),
				"/warnings/" + w.id() + "?region=" + event.countyPrefix() + "&filter=late"));
	}

	private void push(Facts w, String key, List<Long> schools) {
		List<Long> leaders = recipients.atSchools(schools, WarningManagement.SCHOOL_LEADERS);
		notifications.push(leaders, text(key, text(w.level().messageKey()), text(w.kind().messageKey()), w.title(),
				times.format(w.dueAt()), "/warnings/" + w.id()));
	}

	private Facts facts(long id) {
		return jdbc.sql("""
				select id, kind, level, title, issued_at + make_interval(mins => chase_after_min)
				from warning.warning where id = :id""")
			.param("id", id)
			.query((rs, n) -> new Facts(rs.getLong(1), WarningKind.valueOf(rs.getString(2)),
					WarningLevel.valueOf(rs.getString(3)), rs.getString(4),
					rs.getObject(5, java.time.OffsetDateTime.class).toInstant()))
			.single();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, CHINESE);
	}

}
