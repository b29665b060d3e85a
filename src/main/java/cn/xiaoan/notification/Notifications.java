package cn.xiaoan.notification;

import java.sql.Array;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends messages to a bureau's or a school's roles and reads the caller's inbox. */
@Service
public class Notifications {

	/** The most accounts handed to a {@link ReminderChannel} in one call. */
	public static final int PUSH_BATCH = 1000;

	private final JdbcClient jdbc;

	private final org.springframework.context.ApplicationEventPublisher events;

	Notifications(JdbcClient jdbc, org.springframework.context.ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Pushes one text (in Chinese, with a link path) to the given accounts through every
	 * {@link ReminderChannel} (SMS, e-mail gateway) in addition to the inbox: each
	 * account once, in batches of {@link #PUSH_BATCH}, each batch a {@link ReminderBatch}
	 * event delivered after the caller's transaction commits, so the caller is never
	 * slowed or broken by a gateway and a failed batch is delivered again by the event
	 * publication registry. Answers the number of batches.
	 */
	@Transactional
	public int push(java.util.Collection<Long> accountIds, String text) {
		List<Long> ids = accountIds.stream().distinct().sorted().toList();
		int batches = 0;
		for (int from = 0; from < ids.size(); from += PUSH_BATCH) {
			events.publishEvent(
					new ReminderBatch(List.copyOf(ids.subList(from, Math.min(ids.size(), from + PUSH_BATCH))), text));
			batches++;
		}
		return batches;
	}

	/**
	 * To the given roles of the bureau of exactly this region (not the regions below it).
	 */
	@Transactional
	public void toBureau(RegionCode region, Set<Role> roles, String messageKey, String link, String... args) {
		insert(region.prefix(), null, roles, messageKey, link, args);
	}

	/** To the given roles of one school. */
	@Transactional
	public void toSchool(long schoolId, Set<Role> roles, String messageKey, String link, String... args) {
		insert(null, schoolId, roles, messageKey, link, args);
	}

	/**
	 * To the given roles of each of many schools (a warning to a whole province): one
	 * message per school, in one statement.
	 */
	@Transactional
	public int toSchools(java.util.Collection<Long> schoolIds, Set<Role> roles, String messageKey, String link,
			String... args) {
		if (schoolIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				insert into notification.message (audience_school_id, audience_roles, message_key, args, link)
				select s, :roles, :k, :args, :l from unnest(:ids) s""")
			.param("ids", schoolIds.toArray(Long[]::new))
			.param("roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", ",", ",")))
			.param("k", messageKey)
			.param("args", args)
			.param("l", link == null ? "" : link)
			.update();
	}

	/**
	 * To each of the given accounts personally (reminders); one message per account, in
	 * one statement.
	 */
	@Transactional
	public int toAccounts(java.util.Collection<Long> accountIds, String messageKey, String link, String... args) {
		if (accountIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				insert into notification.message (audience_account_id, audience_roles, message_key, args, link)
				select a, ',', :k, :args, :l from unnest(:ids) a""")
			.param("ids", accountIds.toArray(Long[]::new))
			.param("k", messageKey)
			.param("args", args)
			.param("l", link == null ? "" : link)
			.update();
	}

	private void insert(String region, Long school, Set<Role> roles, String key, String link, String[] args) {
		jdbc.sql(
				"""
						insert into notification.message (audience_region, audience_school_id, audience_roles, message_key, args, link)
						values (:r, :s, :roles, :k, :a, :l)""")
			.param("r", region)
			.param("s", school)
			.param("roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", ",", ",")))
			.param("k", key)
			.param("a", args)
			.param("l", link == null ? "" : link)
			.update();
	}

	/** The caller's newest messages (100 at most). */
	@Transactional(readOnly = true)
	public List<InboxMessage> inbox() {
		CurrentUser me = Callers.current();
		return jdbc.sql("""
				select m.id, m.message_key, m.args, m.link, m.created_at, r.message_id is not null
				from notification.message m
				left join notification.read_mark r on r.message_id = m.id and r.account_id = :me
				where """ + audience() + " order by m.created_at desc, m.id desc limit 100")
			.params(audienceParams(me))
			.param("me", me.accountId())
			.query((rs, n) -> new InboxMessage(rs.getLong(1), rs.getString(2), strings(rs.getArray(3)), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class), rs.getBoolean(6)))
			.list();
	}

	/**
	 * How many of the caller's messages are unread: one count over the audience indexes
	 * (region, school, account) with the read marks' primary key.
	 */
	@Transactional(readOnly = true)
	public long unreadCount() {
		CurrentUser me = Callers.current();
		return jdbc.sql("select count(*) from notification.message m where " + audience()
				+ " and not exists (select 1 from notification.read_mark r where r.message_id = m.id and r.account_id = :me)")
			.params(audienceParams(me))
			.param("me", me.accountId())
			.query(Long.class)
			.single();
	}

	/**
	 * Opens one message of the caller's inbox, marking it read; a message addressed to
	 * someone else is not found, as one that does not exist.
	 */
	@Transactional
	public InboxMessage open(long messageId) {
		CurrentUser me = Callers.current();
		InboxMessage message = jdbc.sql("""
				select m.id, m.message_key, m.args, m.link, m.created_at, true
				from notification.message m where m.id = :id and """ + audience())
			.params(audienceParams(me))
			.param("me", me.accountId())
			.param("id", messageId)
			.query((rs, n) -> new InboxMessage(rs.getLong(1), rs.getString(2), strings(rs.getArray(3)), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class), rs.getBoolean(6)))
			.optional()
			.orElseThrow(() -> new NotFound("message", messageId));
		jdbc.sql("insert into notification.read_mark (account_id, message_id) values (:me, :id) on conflict do nothing")
			.param("me", me.accountId())
			.param("id", messageId)
			.update();
		return message;
	}

	/** Marks every message of the caller's inbox read; answers how many were unread. */
	@Transactional
	public int markAllRead() {
		CurrentUser me = Callers.current();
		return jdbc.sql(
				"insert into notification.read_mark (account_id, message_id) select :me, m.id from notification.message m where "
						+ audience() + " on conflict do nothing")
			.params(audienceParams(me))
			.param("me", me.accountId())
			.update();
	}

	private static String audience() {
		return "(m.audience_account_id = :me or ((m.audience_region = :region) or (m.audience_school_id = :school))"
				+ " and m.audience_roles like :role)";
	}

	private static java.util.Map<String, Object> audienceParams(CurrentUser me) {
		DataScope scope = me.scope();
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("region", scope.kind() == DataScope.Kind.REGION ? scope.regionPrefix() : "-");
		params.put("school", scope.kind() == DataScope.Kind.SCHOOL ? scope.schoolId() : -1L);
		params.put("role", "%," + me.role().name() + ",%");
		return params;
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
