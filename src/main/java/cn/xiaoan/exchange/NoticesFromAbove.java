package cn.xiaoan.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.xiaoan.notice.NoticeCategory;
import cn.xiaoan.notice.NoticeFromAbove;
import cn.xiaoan.notice.NoticePublished;
import cn.xiaoan.notice.NoticeRelay;
import cn.xiaoan.org.SchoolType;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Notices (通知公告) going down: a bureau's notice published here reaches each installation
 * below whose region its target covers, with its target (region, school types, staff,
 * lower bureaus) rather than its resolved units, and its attachments as files up to
 * {@code xiaoan.exchange.attachment-max-bytes}; one received from above is addressed and
 * delivered through the notice module like a local notice under the upper bureau's name,
 * remembered so the units' receipts go back up ({@link NoticeReceiptsFromBelow}), and
 * passed on further down like one sent here.
 */
@Component
class NoticesFromAbove implements EnvelopeKinds {

	static final String PUBLISHED = "notice.published";

	private final Outbox outbox;

	private final Peers peers;

	private final NoticeRelay relay;

	private final JdbcClient jdbc;

	private final NoticeReceiptsFromBelow receipts;

	private final int maxAttachmentBytes;

	NoticesFromAbove(Outbox outbox, Peers peers, NoticeRelay relay, JdbcClient jdbc, NoticeReceiptsFromBelow receipts,
			@Value("${xiaoan.exchange.attachment-max-bytes:8388608}") int maxAttachmentBytes) {
		this.outbox = outbox;
		this.peers = peers;
		this.relay = relay;
		this.jdbc = jdbc;
		this.receipts = receipts;
		this.maxAttachmentBytes = maxAttachmentBytes;
	}

	@ApplicationModuleListener
	void on(NoticePublished event) {
		if (event.senderSchoolId() != null) {
			return;
		}
		List<Peers.Peer> below = peers.all(PeerDirection.DOWN);
		if (below.isEmpty()) {
			return;
		}
		Optional<NoticeFromAbove> notice = AsInstallation
			.call(() -> relay.toRelay(event.noticeId(), maxAttachmentBytes));
		if (notice.isEmpty()) {
			return;
		}
		NoticeFromAbove n = notice.get();
		for (Peers.Peer peer : below) {
			if (WarningsFromAbove.reaches(n.targetPrefix(), peer.regionCode())) {
				outbox.enqueueTo(peer.id(), PUBLISHED, body(n, WarningsFromAbove.narrower(n.targetPrefix(), peer)));
				jdbc.sql(
						"insert into exchange.relayed_notice (peer_id, notice_id) values (:p, :n) on conflict do nothing")
					.param("p", peer.id())
					.param("n", n.noticeId())
					.update();
			}
		}
	}

	private static Map<String, Object> body(NoticeFromAbove n, String target) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("noticeId", n.noticeId());
		body.put("senderPrefix", n.senderPrefix());
		body.put("senderName", n.senderName());
		body.put("targetPrefix", target);
		body.put("category", n.category().name());
		body.put("title", n.title());
		body.put("body", n.body());
		body.put("staffRoles", n.staffRoles().stream().map(Role::name).sorted().toList());
		body.put("lowerBureaus", n.lowerBureaus());
		body.put("schoolTypes", n.schoolTypes().stream().map(SchoolType::name).toList());
		body.put("receiptRequired", n.receiptRequired());
		body.put("readBy", n.readBy() == null ? null : n.readBy().toString());
		List<Map<String, Object>> files = new ArrayList<>();
		for (NoticeFromAbove.File f : n.attachments()) {
			files.add(Map.of("fileName", f.fileName(), "bytes", Base64.getEncoder().encodeToString(f.bytes())));
		}
		body.put("attachments", files);
		body.put("leftOut", n.leftOut());
		return body;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(PUBLISHED);
	}

	@Override
	public PeerDirection from() {
		return PeerDirection.UP;
	}

	/**
	 * Addresses the notice here once per notice above (a resent envelope under another
	 * sequence does not send it twice) and tells the peer above which units it reached; a
	 * category, role or school type this release does not know, or a target outside the
	 * peer's region, parks it.
	 */
	@Override
	public boolean apply(Peers.Peer peer, String kind, JsonNode body) {
		long remote = body.path("noticeId").asLong(0);
		NoticeCategory category = WarningsFromAbove.parse(NoticeCategory.class, body.path("category").asString(""));
		String target = body.path("targetPrefix").asString("");
		Set<Role> roles = new java.util.HashSet<>();
		List<SchoolType> types = new ArrayList<>();
		boolean known = codes(body.path("staffRoles"), Role.class, roles)
				&& codes(body.path("schoolTypes"), SchoolType.class, types);
		Instant readBy = body.path("readBy").isNull() ? null
				: WarningsFromAbove.instant(body.path("readBy").asString(""));
		String title = body.path("title").asString("");
		String text = body.path("body").asString("");
		if (remote <= 0 || category == null || !known || !target.matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}")
				|| !target.startsWith(RegionCode.of(peer.regionCode()).prefix()) || title.isBlank() || text.isBlank()
				|| title.length() > 100 || text.length() > 5000 || roles.contains(Role.SYSTEM_ADMIN)) {
			return false;
		}
		if (localOf(peer.id(), remote).isPresent()) {
			return true;
		}
		List<NoticeFromAbove.File> files = new ArrayList<>();
		for (JsonNode f : body.path("attachments")) {
			try {
				files.add(new NoticeFromAbove.File(WarningsFromAbove.cut(f.path("fileName").asString(""), 200),
						Base64.getDecoder().decode(f.path("bytes").asString(""))));
			}
			catch (IllegalArgumentException notBase64) {
				return false;
			}
		}
		List<String> leftOut = new ArrayList<>();
		body.path("leftOut").forEach(n -> leftOut.add(n.asString("")));
		String sender = WarningsFromAbove.cut(body.path("senderName").asString(""), 100);
		String senderPrefix = body.path("senderPrefix").asString("");
		NoticeFromAbove notice = new NoticeFromAbove(remote,
				senderPrefix.matches("\\d{0,9}") ? senderPrefix : RegionCode.of(peer.regionCode()).prefix(),
				sender.isBlank() ? peer.name() : sender, category, title, text, roles,
				body.path("lowerBureaus").asBoolean(false), target, types,
				body.path("receiptRequired").asBoolean(false), readBy, files, leftOut);
		AsInstallation.call(() -> relay.receive(notice)).ifPresent(local -> {
			jdbc.sql("insert into exchange.received_notice (peer_id, remote_id, local_id) values (:p, :r, :l)")
				.param("p", peer.id())
				.param("r", remote)
				.param("l", local)
				.update();
			receipts.sendAll(peer.id(), remote, local);
		});
		return true;
	}

	/** The local notice a notice of the peer above became. */
	private Optional<Long> localOf(long peer, long remote) {
		return jdbc.sql("select local_id from exchange.received_notice where peer_id = :p and remote_id = :r")
			.param("p", peer)
			.param("r", remote)
			.query(Long.class)
			.optional();
	}

	/** Adds the codes to {@code into}; false when one is not known to this release. */
	private static <E extends Enum<E>> boolean codes(JsonNode list, Class<E> type, java.util.Collection<E> into) {
		for (JsonNode code : list) {
			E value = WarningsFromAbove.parse(type, code.asString(""));
			if (value == null) {
				return false;
			}
			into.add(value);
		}
		return true;
	}

}
