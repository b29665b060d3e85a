package cn.xiaoan.exchange;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.xiaoan.notice.NoticeRelay;
import cn.xiaoan.notice.NoticeReminded;
import cn.xiaoan.notice.NoticeWithdrawn;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the bureau above does with a notice after sending it, going down after the notice
 * ({@link NoticesFromAbove}): a withdrawal (撤回) withdraws the copy below, a reminder of
 * the unread (提醒未读) reminds the unread below, and both are passed on further down by the
 * same events as a local withdrawal or reminder. Each goes only to the peers the notice
 * itself was sent to, after it in their outbox. A withdrawal applied twice changes
 * nothing (the copy is withdrawn already); a reminder is applied once, and only when it
 * is later, at its origin, than the last applied — and never once the copy is withdrawn.
 */
@Component
class NoticeFollowUpsFromAbove implements EnvelopeKinds {

	static final String WITHDRAWN = "notice.withdrawn";

	static final String REMINDED = "notice.reminded";

	private final Outbox outbox;

	private final NoticeRelay relay;

	private final JdbcClient jdbc;

	NoticeFollowUpsFromAbove(Outbox outbox, NoticeRelay relay, JdbcClient jdbc) {
		this.outbox = outbox;
		this.relay = relay;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(NoticeWithdrawn event) {
		down(event.noticeId(), WITHDRAWN, "withdrawnAt", event.withdrawnAt());
	}

	@ApplicationModuleListener
	void on(NoticeReminded event) {
		down(event.noticeId(), REMINDED, "remindedAt", event.remindedAt());
	}

	private void down(long noticeId, String kind, String field, Instant at) {
		for (long peer : relayedTo(noticeId)) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("noticeId", noticeId);
			body.put(field, at.toString());
			outbox.enqueueTo(peer, kind, body);
		}
	}

	/** The peers below a notice of this installation was sent to. */
	private List<Long> relayedTo(long noticeId) {
		return jdbc.sql("select peer_id from exchange.relayed_notice where notice_id = :n order by peer_id")
			.param("n", noticeId)
			.query(Long.class)
			.list();
	}

	@Override
	public Set<String> kinds() {
		return Set.of(WITHDRAWN, REMINDED);
	}

	@Override
	public PeerDirection from() {
		return PeerDirection.UP;
	}

	/**
	 * Withdraws or reminds the local copy of the peer's notice; nothing when the notice
	 * reached nobody here (no copy). Without a notice id or a time it is parked.
	 */
	@Override
	public boolean apply(Peers.Peer peer, String kind, JsonNode body) {
		long remote = body.path("noticeId").asLong(0);
		boolean withdrawal = WITHDRAWN.equals(kind);
		Instant at = WarningsFromAbove.instant(body.path(withdrawal ? "withdrawnAt" : "remindedAt").asString(""));
		if (remote <= 0 || at == null) {
			return false;
		}
		Optional<Long> local = jdbc
			.sql("select local_id from exchange.received_notice where peer_id = :p and remote_id = :r")
			.param("p", peer.id())
			.param("r", remote)
			.query(Long.class)
			.optional();
		if (local.isEmpty()) {
			return true;
		}
		if (withdrawal) {
			AsInstallation.call(() -> relay.withdraw(local.get(), at));
		}
		else if (later(peer.id(), remote, at)) {
			AsInstallation.call(() -> relay.remind(local.get(), at));
		}
		return true;
	}

	/** Records the reminder as the last applied, when it is later than that one. */
	private boolean later(long peer, long remote, Instant at) {
		return jdbc.sql("""
				update exchange.received_notice set reminded_at = :at
				where peer_id = :p and remote_id = :r and (reminded_at is null or reminded_at < :at)""")
			.param("at", java.sql.Timestamp.from(at))
			.param("p", peer)
			.param("r", remote)
			.update() > 0;
	}

}
