package cn.xiaoan.notice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.xiaoan.org.SchoolType;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices between installations (四级联网): a bureau's notice as the installations below
 * receive it; a notice received from above, addressed here to what it addressed there and
 * delivered like a local one under the upper bureau's name; and the receipts of the units
 * below mirrored into the upper bureau's notice, read-only and marked with the
 * installation they come from. Only the installation itself (the exchange, on a signed
 * envelope) calls it: no role holds {@link #NOTICE_RELAY} but the system's.
 */
@Service
@Transactional
public class NoticeRelay {

	public static final Permission NOTICE_RELAY = Permission.grantedTo("NOTICE_RELAY");

	private final JdbcClient jdbc;

	private final NoticeManagement notices;

	private final NoticeFanOut fanOut;

	private final NoticeAttachments files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MirroredUnits mirrored;

	private final Notices headers;

	private final NoticeFollowUps followUps;

	NoticeRelay(JdbcClient jdbc, NoticeManagement notices, NoticeFanOut fanOut, NoticeAttachments files,
			ApplicationEventPublisher events, Clock clock, MirroredUnits mirrored, Notices headers,
			NoticeFollowUps followUps) {
		this.mirrored = mirrored;
		this.headers = headers;
		this.followUps = followUps;
		this.jdbc = jdbc;
		this.notices = notices;
		this.fanOut = fanOut;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A published bureau's notice as the installations below receive it; empty for a
	 * school's notice, a draft or withdrawn one, one addressed to chosen schools (they
	 * are schools of this installation) and one sent before notices kept their target.
	 * Attachments larger than {@code maxAttachmentBytes} are named, not sent. The notice
	 * stays locked (for share) until the caller's transaction ends, so that a withdrawal
	 * or reminder made meanwhile waits and is then passed on after it, never lost before
	 * it.
	 */
	public Optional<NoticeFromAbove> toRelay(long noticeId, int maxAttachmentBytes) {
		Callers.current().require(NOTICE_RELAY);
		return jdbc.sql("""
				select id, sender_prefix, sender_name, category, title, body, roles, to_lower_bureaus, target_prefix,
				       target_types, receipt_required, read_by
				from notice.notice where id = :id and sender_school_id is null and status = 'PUBLISHED'
				  and target_prefix is not null and not target_chosen for share""")
			.param("id", noticeId)
			.query((rs, n) -> {
				Set<Role> staff = roles(rs.getString(7));
				staff.removeAll(NoticeManagement.BUREAU_ROLES);
				List<SchoolType> types = new ArrayList<>();
				for (String t : rs.getString(10).split(",")) {
					if (!t.isEmpty()) {
						types.add(SchoolType.valueOf(t));
					}
				}
				return new NoticeFromAbove(rs.getLong(1), rs.getString(2), rs.getString(3),
						NoticeCategory.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), staff,
						rs.getBoolean(8), rs.getString(9), types, rs.getBoolean(11), Notices.instant(rs, 12), List.of(),
						List.of());
			})
			.optional()
			.map(n -> files.withFiles(n, maxAttachmentBytes));
	}

	/**
	 * Addresses a notice of the bureau above to this installation's schools and bureaus
	 * that it addressed there, and publishes it: the same units, counters, inbox
	 * messages, to-dos, reminders and {@link NoticePublished} as a local notice, under
	 * the upper bureau's name. Returns the local notice, or empty when it reaches nobody
	 * here and no installation below either; one reaching nobody here but installations
	 * below is kept without units, so that it is passed on (ADR 0067). An attachment this
	 * installation refuses (its type) is left out, not the notice.
	 */
	public Optional<Long> receive(NoticeFromAbove above) {
		Callers.current().require(NOTICE_RELAY);
		String target = above.targetPrefix();
		List<NoticeFanOut.Unit> units = fanOut.bureauUnits(target, !above.staffRoles().isEmpty(), above.schoolTypes(),
				Set.of(), above.lowerBureaus(), above.senderPrefix());
		int below = fanOut.installationsBelow(target);
		if (units.isEmpty() && below == 0) {
			return Optional.empty();
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		roles.addAll(above.staffRoles());
		if (above.lowerBureaus()) {
			roles.addAll(NoticeManagement.BUREAU_ROLES);
		}
		Instant now = clock.instant();
		long id = jdbc.sql("""
				insert into notice.notice (sender_prefix, sender_school_id, sender_name, category, title, body, roles,
				       receipt_required, read_by, status, created_by, created_by_name, created_at, target_prefix,
				       target_types, target_chosen, to_lower_bureaus, relayed, installations_below)
				values (:prefix, null, :name, :category, :title, :body, :roles, :receipt, :readBy, 'DRAFT', 0, :byName,
				        :now, :target, :types, false, :lower, true, :below) returning id""")
			.param("prefix", above.senderPrefix())
			.param("name", above.senderName())
			.param("category", above.category().name())
			.param("title", above.title())
			.param("body", above.body())
			.param("roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", ",", ",")))
			.param("receipt", above.receiptRequired())
			.param("readBy", above.receiptRequired() && above.readBy() != null ? Timestamp.from(above.readBy()) : null)
			.param("byName",
					above.senderName().length() > 64 ? above.senderName().substring(0, 64) : above.senderName())
			.param("now", Timestamp.from(now))
			.param("target", target)
			.param("types", above.schoolTypes().isEmpty() ? ""
					: above.schoolTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(",", ",", ",")))
			.param("lower", above.lowerBureaus())
			.param("below", below)
			.query(Long.class)
			.single();
		int written = fanOut.write(id, units);
		jdbc.sql("update notice.notice set unit_count = :n where id = :id")
			.param("n", written)
			.param("id", id)
			.update();
		String region = target.isEmpty() ? null : NoticeFanOut.regionOf(target);
		int stored = 0;
		for (NoticeFromAbove.File a : above.attachments()) {
			stored += attach(id, a, region) ? 1 : 0;
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("title", above.title());
		after.put("sender", above.senderName());
		after.put("units", written);
		after.put("attachments", stored);
		after.put("attachmentsLeftOut", above.attachments().size() - stored + above.leftOut().size());
		events.publishEvent(EntityChanged.created("notice", id, region, null, after));
		notices.publishNow(id, now);
		return Optional.of(id);
	}

	private boolean attach(long id, NoticeFromAbove.File a, String region) {
		try {
			files.attach(id, a.fileName(), a.bytes(), null, region == null ? "" : region);
			return true;
		}
		catch (BusinessRuleViolation refused) {
			return false;
		}
	}

	/**
	 * The bureau above withdrew a notice relayed here, at {@code at}: it is withdrawn
	 * here as a local notice is (its recipients see it withdrawn, without its content; no
	 * to-do, no reminder) and {@link NoticeWithdrawn} passes it on below. False when it
	 * is not a published notice received from above — withdrawn already, so a resent
	 * withdrawal changes nothing.
	 */
	public boolean withdraw(long noticeId, Instant at) {
		Callers.current().require(NOTICE_RELAY);
		Instant now = clock.instant();
		return headers.header(noticeId)
			.filter(Notices.Header::relayed)
			.map(h -> followUps.withdraw(h, at == null || at.isAfter(now) ? now : at))
			.orElse(false);
	}

	/**
	 * The bureau above reminded the unread of a notice relayed here, at {@code at}: its
	 * unread here are reminded as for a local notice (at most once per cooldown), and
	 * {@link NoticeReminded} passes the reminder on below. Empty, with nothing reminded
	 * or passed on, when it is not a published notice received from above (withdrawn
	 * meanwhile).
	 */
	public Optional<Reminded> remind(long noticeId, Instant at) {
		Callers.current().require(NOTICE_RELAY);
		return headers.header(noticeId)
			.filter(Notices.Header::relayed)
			.flatMap(h -> followUps.remindFromAbove(h, clock.instant(), at));
	}

	/** The schools and bureaus a notice addressed here, with their reading. */
	@Transactional(readOnly = true)
	public List<RelayedUnit> units(long noticeId) {
		Callers.current().require(NOTICE_RELAY);
		return jdbc.sql(UNITS + " and (u.unit_key like 'S:%' or u.unit_key like 'R:%') order by u.unit_key")
			.param("id", noticeId)
			.query(NoticeRelay::unit)
			.list();
	}

	/** One unit a notice addressed here, with its reading. */
	@Transactional(readOnly = true)
	public Optional<RelayedUnit> unit(long noticeId, String unitKey) {
		Callers.current().require(NOTICE_RELAY);
		return jdbc.sql(UNITS + " and u.unit_key = :k")
			.param("id", noticeId)
			.param("k", unitKey)
			.query(NoticeRelay::unit)
			.optional();
	}

	private static final String UNITS = """
			select u.unit_key, u.name, u.region_code, u.readers, u.read_at from notice.unit u
			where u.notice_id = :id and u.source is null""";

	private static RelayedUnit unit(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new RelayedUnit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), Notices.instant(rs, 5));
	}

	/**
	 * Mirrors the reading of units of an installation below into a bureau's notice here:
	 * each unit once (keyed with {@code keySuffix}, which names where it lives), its
	 * counters added to the notice's and its regions' as if addressed here; a unit's
	 * reading only grows (a replay or an older state changes nothing). A bureau the
	 * notice addressed here is not counted twice. False when no bureau's notice here has
	 * that id.
	 */
	public boolean mirror(long noticeId, String source, String keySuffix, List<RelayedUnit> units) {
		Callers.current().require(NOTICE_RELAY);
		boolean bureaus = jdbc
			.sql("select count(*) from notice.notice where id = :id and sender_school_id is null and status <> 'DRAFT'")
			.param("id", noticeId)
			.query(Long.class)
			.single() > 0;
		if (!bureaus) {
			return false;
		}
		mirrored.mirror(noticeId, source, keySuffix, units);
		return true;
	}

	private static Set<Role> roles(String stored) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String r : stored.split(",")) {
			if (!r.isEmpty()) {
				roles.add(Role.valueOf(r));
			}
		}
		return roles;
	}

}
