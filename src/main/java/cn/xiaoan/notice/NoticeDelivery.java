package cn.xiaoan.notice;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.notification.ReminderChannel;
import cn.xiaoan.people.Recipients;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts a notice in its recipients' inboxes, and reminds those who have not read it: a
 * school or bureau that nobody there has opened it at, and each student, parent or staff
 * member (of a notice to a school's whole staff) without a receipt — through the inbox
 * and every {@link ReminderChannel}. Reminding is claimed by the update of the notice's
 * reminder time, so two clicks or two instances remind once.
 */
@Component
class NoticeDelivery {

	/** At most one reminder of a notice in this time. */
	static final Duration COOLDOWN = Duration.ofHours(2);

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final List<ReminderChannel> channels;

	private final MessageSource messages;

	private final Notices notices;

	private final Recipients recipients;

	NoticeDelivery(JdbcClient jdbc, Notifications notifications, List<ReminderChannel> channels, MessageSource messages,
			Notices notices, Recipients recipients) {
		this.jdbc = jdbc;
		this.notices = notices;
		this.recipients = recipients;
		this.notifications = notifications;
		this.channels = channels;
		this.messages = messages;
	}

	/** Delivers the notice to every addressed unit; answers how many. */
	int deliver(Notices.Header header, String senderName, String key) {
		return send(header, key, false, senderName).units();
	}

	/** 提醒未读, claimed by the compare-and-set of the notice's reminder time. */
	Reminded remindUnread(Notices.Header header, Instant now) {
		return remindIfDue(header, now).orElseThrow(() -> {
			if (header.status() != NoticeStatus.PUBLISHED) {
				return new BusinessRuleViolation("remind", "notice.remind.notPublished");
			}
			Instant next = header.remindedAt().plus(COOLDOWN);
			return new BusinessRuleViolation("remind", "notice.remind.cooldown",
					MINUTE.format(header.remindedAt().atZone(ZoneId.of("Asia/Shanghai"))),
					MINUTE.format(next.atZone(ZoneId.of("Asia/Shanghai"))));
		});
	}

	/**
	 * Reminds the unread when the notice is published and was not reminded within the
	 * cooldown; empty otherwise. Two instances or two envelopes remind once.
	 */
	java.util.Optional<Reminded> remindIfDue(Notices.Header header, Instant now) {
		boolean claimed = jdbc.sql("""
				update notice.notice set reminded_at = :now where id = :id and status = 'PUBLISHED'
				  and (reminded_at is null or reminded_at <= :since) returning true""")
			.param("now", Timestamp.from(now))
			.param("since", Timestamp.from(now.minus(COOLDOWN)))
			.param("id", header.id())
			.query(Boolean.class)
			.optional()
			.isPresent();
		return claimed ? java.util.Optional.of(send(header, "notify.notice.reminder", true, ""))
				: java.util.Optional.empty();
	}

	/**
	 * The automatic reminder before the reading deadline (24 h before it, or half-way for
	 * a shorter deadline), once per notice: the update claims the notices it reminds.
	 */
	int remindBeforeDeadlines(Instant now) {
		List<Long> due = jdbc.sql("""
				update notice.notice set auto_reminded_at = :now
				where status = 'PUBLISHED' and auto_reminded_at is null and read_by is not null and read_by > :now
				  and read_by - least(interval '24 hours', (read_by - published_at) / 2) <= :now
				returning id""").param("now", Timestamp.from(now)).query(Long.class).list();
		for (long id : due) {
			notices.header(id).ifPresent(h -> send(h, "notify.notice.reminder", true, ""));
		}
		return due.size();
	}

	private Reminded send(Notices.Header header, String key, boolean unreadOnly, String senderName) {
		String link = "/notices/" + header.id();
		Set<Role> roles = Arrays.stream(header.roles().split(","))
			.filter(r -> !r.isEmpty())
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
		String unread = unreadOnly ? " and read_at is null" : "";
		Map<Character, List<String>> units = new java.util.HashMap<>();
		// units mirrored from an installation below are delivered and reminded there
		jdbc.sql("select unit_key from notice.unit where notice_id = :id and source is null" + unread)
			.param("id", header.id())
			.query(rs -> {
				String k = rs.getString(1);
				units.computeIfAbsent(k.charAt(0), c -> new ArrayList<>()).add(k.substring(2));
			});
		List<Long> schools = new ArrayList<>(units.getOrDefault('S', List.of()).stream().map(Long::valueOf).toList());
		Set<Role> staffRoles = EnumSet.copyOf(roles.isEmpty() ? EnumSet.of(Role.PRINCIPAL) : roles);
		staffRoles.removeAll(NoticeManagement.BUREAU_ROLES);
		int count = 0;
		if (!schools.isEmpty() && !staffRoles.isEmpty()) {
			count += notifications.toSchools(schools, staffRoles, key, link, header.title(), senderName);
		}
		for (String region : units.getOrDefault('R', List.of())) {
			notifications.toBureau(RegionCode.of(region), NoticeManagement.BUREAU_ROLES, key, link, header.title(),
					senderName);
			count++;
		}
		List<Long> addressed = new ArrayList<>();
		for (String school : unitsOf(header.id(), 'T', unreadOnly, units)) {
			if (unreadOnly && staffRoles.equals(StaffAudience.ALL_STAFF.roles())) {
				addressed.addAll(recipients.staffAccountsOf(Long.parseLong(school)));
			}
			else {
				notifications.toSchool(Long.parseLong(school), staffRoles, key, link, header.title(), senderName);
			}
			count++;
		}
		List<String> classes = unitsOf(header.id(), 'C', unreadOnly, units);
		if (!classes.isEmpty()) {
			addressed
				.addAll(recipients.accountsOfClasses(classes.stream().map(Long::valueOf).toList(), classRoles(header)));
			count += classes.size();
		}
		List<Long> people = unreadOnly ? withoutReceipt(header.id(), addressed) : addressed;
		notifications.toAccounts(people, key, link, header.title(), senderName);
		if (unreadOnly) {
			jdbc.sql("update notice.unit set reminded_at = now() where notice_id = :id and read_at is null"
					+ " and source is null")
				.param("id", header.id())
				.update();
			String text = messages.getMessage("notify.notice.reminder", new Object[] { header.title(), "" },
					Locale.SIMPLIFIED_CHINESE);
			if (!people.isEmpty()) {
				channels.forEach(channel -> channel.send(people, text));
			}
		}
		return new Reminded(count, people.size());
	}

	/**
	 * A school's staff or class units: on a reminder, every one (a read unit may still
	 * have unread people); else those listed.
	 */
	private List<String> unitsOf(long id, char kind, boolean reminder, Map<Character, List<String>> listed) {
		if (!reminder) {
			return listed.getOrDefault(kind, List.of());
		}
		return jdbc.sql("select substr(unit_key, 3) from notice.unit where notice_id = :id and unit_key like :k")
			.param("id", id)
			.param("k", kind + ":%")
			.query(String.class)
			.list();
	}

	/** The students and/or parents a notice to classes is for. */
	private static Set<Role> classRoles(Notices.Header header) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (header.toStudents()) {
			roles.add(Role.STUDENT);
		}
		if (header.toParents()) {
			roles.add(Role.PARENT);
		}
		return roles;
	}

	/** The accounts without a receipt of the notice, in the order given; one query. */
	private List<Long> withoutReceipt(long id, List<Long> accounts) {
		if (accounts.isEmpty()) {
			return accounts;
		}
		Set<Long> read = new HashSet<>(
				jdbc.sql("select account_id from notice.receipt where notice_id = :id and account_id = any(:a)")
					.param("id", id)
					.param("a", accounts.toArray(Long[]::new))
					.query(Long.class)
					.list());
		return accounts.stream().filter(a -> !read.contains(a)).toList();
	}

}
