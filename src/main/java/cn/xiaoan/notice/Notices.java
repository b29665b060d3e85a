package cn.xiaoan.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notice tables: a new notice, headers, the lists of senders and readers, the
 * reader's unit and the first-read bookkeeping. Names only the module's own schema.
 */
@Component
class Notices {

	static final String SUMMARY = """
			select n.id, n.category, n.title, n.sender_name, n.status, n.created_at, n.published_at, n.withdrawn_at,
			       n.receipt_required, n.read_by, n.unit_count, n.read_unit_count, n.reader_count, %s
			from notice.notice n
			""";

	private final JdbcClient jdbc;

	Notices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A notice's facts that decide who may do what with it. */
	record Header(long id, String senderPrefix, Long senderSchoolId, long createdBy, NoticeStatus status, String roles,
			boolean toStudents, boolean toParents, String title, boolean receiptRequired, Instant readBy,
			Instant remindedAt, String body, boolean relayed, int installationsBelow) {

		boolean fromSchool() {
			return senderSchoolId != null;
		}

	}

	Optional<Header> header(long id) {
		return jdbc.sql("""
				select id, sender_prefix, sender_school_id, created_by, status, roles, to_students, to_parents, title,
				       receipt_required, read_by, reminded_at, body, relayed, installations_below
				from notice.notice where id = :id""")
			.param("id", id)
			.query((rs, n) -> new Header(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getLong(4),
					NoticeStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8),
					rs.getString(9), rs.getBoolean(10), instant(rs, 11), instant(rs, 12), rs.getString(13),
					rs.getBoolean(14), rs.getInt(15)))
			.optional();
	}

	/**
	 * The units a notice addressed at this installation, without those mirrored from
	 * below.
	 */
	int localUnits(long id) {
		return jdbc.sql("select count(*) from notice.unit where notice_id = :id and source is null")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	/**
	 * Notices sent by a bureau of the region {@code prefix} or below it, newest first.
	 */
	List<NoticeSummary> sentInRegion(String prefix, int limit) {
		return jdbc.sql(SUMMARY.formatted("null")
				+ " where n.sender_school_id is null and n.sender_prefix like :p || '%' order by n.created_at desc, n.id desc limit :l")
			.param("p", prefix)
			.param("l", limit)
			.query(Notices::summary)
			.list();
	}

	/**
	 * Notices sent by a school; {@code createdBy} narrows to one sender (a head teacher).
	 */
	List<NoticeSummary> sentBySchool(long schoolId, Long createdBy, int limit) {
		return jdbc.sql(SUMMARY.formatted("null") + """
				 where n.sender_school_id = :s and (cast(:by as bigint) is null or n.created_by = :by)
				order by n.created_at desc, n.id desc limit :l""")
			.param("s", schoolId)
			.param("by", createdBy)
			.param("l", limit)
			.query(Notices::summary)
			.list();
	}

	/** The notices reaching the caller, unread first, then newest. */
	List<NoticeSummary> received(long accountId, NoticeAudience.Keys keys, int limit) {
		if (keys.none()) {
			return List.of();
		}
		return jdbc.sql(SUMMARY.formatted("r.read_at") + """
				join notice.unit u on u.notice_id = n.id
				left join notice.receipt r on r.notice_id = n.id and r.account_id = :me
				where """ + NoticeAudience.REACHES
				+ """

						order by (r.read_at is null and n.status = 'PUBLISHED') desc, n.published_at desc, n.id desc limit :l""")
			.params(keys.params())
			.param("me", accountId)
			.param("l", limit)
			.query(Notices::summary)
			.list();
	}

	long unreadCount(long accountId, NoticeAudience.Keys keys) {
		if (keys.none()) {
			return 0;
		}
		return jdbc.sql("""
				select count(*) from notice.unit u join notice.notice n on n.id = u.notice_id
				where n.status = 'PUBLISHED' and """ + NoticeAudience.REACHES + """

				and not exists (select 1 from notice.receipt r where r.notice_id = n.id and r.account_id = :me)""")
			.params(keys.params())
			.param("me", accountId)
			.query(Long.class)
			.single();
	}

	NoticeSummary summary(long id, Long accountId) {
		return jdbc
			.sql(SUMMARY
				.formatted("(select read_at from notice.receipt r where r.notice_id = n.id and r.account_id = :me)")
					+ " where n.id = :id")
			.param("id", id)
			.param("me", accountId == null ? -1L : accountId)
			.query(Notices::summary)
			.single();
	}

	/** The caller's unit of this notice, when it reaches the caller. */
	Optional<UnitRef> unitOf(long id, NoticeAudience.Keys keys) {
		if (keys.none()) {
			return Optional.empty();
		}
		return jdbc
			.sql("select u.unit_key, u.region_code from notice.unit u join notice.notice n on n.id = u.notice_id"
					+ " where n.id = :id and " + NoticeAudience.REACHES + " limit 1")
			.params(keys.params())
			.param("id", id)
			.query((rs, n) -> new UnitRef(rs.getString(1), rs.getString(2)))
			.optional();
	}

	record UnitRef(String unitKey, String regionCode) {
	}

	List<NoticeDetail.AttachmentView> attachments(long id) {
		return jdbc.sql("""
				select file_id, file_name, content_type, size_bytes from notice.attachment
				where notice_id = :id order by file_name, file_id""")
			.param("id", id)
			.query((rs, n) -> new NoticeDetail.AttachmentView(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getInt(4)))
			.list();
	}

	boolean hasAttachment(long id, java.util.UUID fileId) {
		return jdbc.sql("select exists (select 1 from notice.attachment where notice_id = :id and file_id = :f)")
			.param("id", id)
			.param("f", fileId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Records the reader's first opening; answers whether this was it, and if so whether
	 * their unit was unread until now.
	 */
	Optional<Boolean> recordRead(long id, UnitRef unit, long accountId, Long personId, String role, String name,
			Instant at) {
		int inserted = jdbc.sql("""
				insert into notice.receipt (notice_id, account_id, unit_key, person_id, role, name, read_at)
				values (:id, :a, :u, :p, :role, :name, :at) on conflict do nothing""")
			.param("id", id)
			.param("a", accountId)
			.param("u", unit.unitKey())
			.param("p", personId)
			.param("role", role)
			.param("name", name)
			.param("at", Timestamp.from(at))
			.update();
		if (inserted == 0) {
			return Optional.empty();
		}
		boolean first = jdbc.sql("""
				update notice.unit set readers = readers + 1, read_at = coalesce(read_at, :at),
				       read_by = coalesce(read_by, :name)
				where notice_id = :id and unit_key = :u returning readers = 1""")
			.param("at", Timestamp.from(at))
			.param("name", name)
			.param("id", id)
			.param("u", unit.unitKey())
			.query(Boolean.class)
			.single();
		jdbc.sql("""
				update notice.notice set reader_count = reader_count + 1,
				       read_unit_count = read_unit_count + :first where id = :id""")
			.param("first", first ? 1 : 0)
			.param("id", id)
			.update();
		if (first) {
			jdbc.sql("update notice.tally set read_units = read_units + 1 where notice_id = :id and prefix = any(:p)")
				.param("id", id)
				.param("p", NoticeFanOut.prefixesOf(unit.regionCode()).toArray(String[]::new))
				.update();
		}
		return Optional.of(first);
	}

	/**
	 * A new notice, a draft until published; a bureau's reaches no students or parents
	 * directly.
	 */
	long insertDraft(CurrentUser caller, String senderPrefix, Long senderSchoolId, String senderName,
			SendNotice command, Set<Role> roles, boolean bureau, Instant now) {
		return jdbc
			.sql("""
					insert into notice.notice (sender_prefix, sender_school_id, sender_name, category, title, body, roles,
					       to_students, to_parents, receipt_required, read_by, status, created_by, created_by_name, created_at)
					values (:prefix, :school, :name, :category, :title, :body, :roles, :students, :parents, :receipt, :readBy,
					        'DRAFT', :by, :byName, :now) returning id""")
			.param("prefix", senderPrefix)
			.param("school", senderSchoolId)
			.param("name", senderName)
			.param("category", command.category().name())
			.param("title", command.title())
			.param("body", command.body())
			.param("roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", ",", ",")))
			.param("students", !bureau && command.toStudents())
			.param("parents", !bureau && command.toParents())
			.param("receipt", command.receiptRequired())
			.param("readBy", command.readByInstant() == null ? null : Timestamp.from(command.readByInstant()))
			.param("by", caller.accountId())
			.param("byName", caller.displayName())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/** How many units the notice was addressed to. */
	void setUnitCount(long id, int units) {
		jdbc.sql("update notice.notice set unit_count = :n where id = :id").param("n", units).param("id", id).update();
	}

	int setStatus(long id, NoticeStatus from, NoticeStatus to, String column, Instant at) {
		return jdbc.sql("update notice.notice set status = :to, " + column + " = :at where id = :id and status = :from")
			.param("to", to.name())
			.param("at", Timestamp.from(at))
			.param("id", id)
			.param("from", from.name())
			.update();
	}

	/** The unit keys of a notice by kind, for delivering it. */
	Map<Character, List<String>> unitKeys(long id) {
		Map<Character, List<String>> keys = new java.util.HashMap<>();
		jdbc.sql("select unit_key from notice.unit where notice_id = :id").param("id", id).query(rs -> {
			String key = rs.getString(1);
			keys.computeIfAbsent(key.charAt(0), k -> new java.util.ArrayList<>()).add(key.substring(2));
		});
		return keys;
	}

	static NoticeSummary summary(ResultSet rs, int n) throws SQLException {
		return new NoticeSummary(rs.getLong(1), NoticeCategory.valueOf(rs.getString(2)), rs.getString(3),
				rs.getString(4), NoticeStatus.valueOf(rs.getString(5)), instant(rs, 6), instant(rs, 7), instant(rs, 8),
				rs.getBoolean(9), instant(rs, 10), rs.getInt(11), rs.getInt(12), rs.getInt(13), instant(rs, 14));
	}

	static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

}
