package cn.xiaoan.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.UUID;
import java.util.stream.Collectors;

import cn.xiaoan.file.Files;
import cn.xiaoan.file.StoredFile;
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

	private final Files files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MirroredUnits mirrored;

	NoticeRelay(JdbcClient jdbc, NoticeManagement notices, NoticeFanOut fanOut, Files files,
			ApplicationEventPublisher events, Clock clock, MirroredUnits mirrored) {
		this.mirrored = mirrored;
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
	 * Attachments larger than {@code maxAttachmentBytes} are named, not sent.
	 */
	@Transactional(readOnly = true)
	public Optional<NoticeFromAbove> toRelay(long noticeId, int maxAttachmentBytes) {
		Callers.current().require(NOTICE_RELAY);
		return jdbc.sql("""
				select id, sender_prefix, sender_name, category, title, body, roles, to_lower_bureaus, target_prefix,
				       target_types, receipt_required, read_by
				from notice.notice where id = :id and sender_school_id is null and status = 'PUBLISHED'
				  and target_prefix is not null and not target_chosen""").param("id", noticeId).query((rs, n) -> {
			Set<Role> staff = roles(rs.getString(7));
			staff.removeAll(NoticeManagement.BUREAU_ROLES);
			List<SchoolType> types = new ArrayList<>();
			for (String t : rs.getString(10).split(",")) {
				if (!t.isEmpty()) {
					types.add(SchoolType.valueOf(t));
				}
			}
			return new NoticeFromAbove(rs.getLong(1), rs.getString(2), rs.getString(3),
					NoticeCategory.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), staff, rs.getBoolean(8),
					rs.getString(9), types, rs.getBoolean(11), Notices.instant(rs, 12), List.of(), List.of());
		}).optional().map(n -> withAttachments(n, maxAttachmentBytes));
	}

	private NoticeFromAbove withAttachments(NoticeFromAbove n, int max) {
		List<NoticeFromAbove.File> attached = new ArrayList<>();
		List<String> leftOut = new ArrayList<>();
		jdbc.sql("""
				select file_id, file_name, size_bytes from notice.attachment
				where notice_id = :id order by file_name, file_id""").param("id", n.noticeId()).query(rs -> {
			if (rs.getInt(3) > max) {
				leftOut.add(rs.getString(2));
				return;
			}
			try (InputStream in = files.openAttached(rs.getObject(1, UUID.class)).resource().getInputStream()) {
				attached.add(new NoticeFromAbove.File(rs.getString(2), in.readAllBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return new NoticeFromAbove(n.noticeId(), n.senderPrefix(), n.senderName(), n.category(), n.title(), n.body(),
				n.staffRoles(), n.lowerBureaus(), n.targetPrefix(), n.schoolTypes(), n.receiptRequired(), n.readBy(),
				attached, leftOut);
	}

	/**
	 * Addresses a notice of the bureau above to this installation's schools and bureaus
	 * that it addressed there, and publishes it: the same units, counters, inbox
	 * messages, to-dos, reminders and {@link NoticePublished} as a local notice, under
	 * the upper bureau's name. Returns the local notice, or empty when it reaches nobody
	 * here. An attachment this installation refuses (its type) is left out, not the
	 * notice.
	 */
	public Optional<Long> receive(NoticeFromAbove above) {
		Callers.current().require(NOTICE_RELAY);
		String target = above.targetPrefix();
		List<NoticeFanOut.Unit> units = fanOut.bureauUnits(target, !above.staffRoles().isEmpty(), above.schoolTypes(),
				Set.of(), above.lowerBureaus(), above.senderPrefix());
		if (units.isEmpty()) {
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
				       target_types, target_chosen, to_lower_bureaus, relayed)
				values (:prefix, null, :name, :category, :title, :body, :roles, :receipt, :readBy, 'DRAFT', 0, :byName,
				        :now, :target, :types, false, :lower, true) returning id""")
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
		StoredFile file;
		try {
			file = files.storeDocument("attachments", a.bytes(), a.fileName(), null, region == null ? "" : region);
		}
		catch (BusinessRuleViolation refused) {
			return false;
		}
		jdbc.sql("""
				insert into notice.attachment (notice_id, file_id, file_name, content_type, size_bytes)
				values (:n, :f, :name, :type, :size)""")
			.param("n", id)
			.param("f", file.id())
			.param("name", file.fileName())
			.param("type", file.contentType())
			.param("size", file.sizeBytes())
			.update();
		return true;
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
