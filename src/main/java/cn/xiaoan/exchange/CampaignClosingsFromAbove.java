package cn.xiaoan.exchange;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.CampaignClosed;
import cn.xiaoan.education.CampaignRelay;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A campaign withdrawn (撤回) or ended early (提前结束) above follows it down (ADR 0070): one
 * envelope to each peer the campaign itself was sent to, after it in their outbox, with
 * the time it was done and the reason. Below the copy is closed as a local campaign is
 * (its schools are told, nothing more is taken), which raises the same event, so a middle
 * installation passes it on; its schools' counts are sent up once more at once and then
 * for a week after the day it closed, as after a campaign's last day. Replays and any
 * order change nothing wrong: a closing applies only to an open copy (a withdrawal also
 * to one ended early), so an end after a withdrawal, or twice, does nothing.
 */
@Component
class CampaignClosingsFromAbove implements EnvelopeKinds {

	static final String WITHDRAWN = "education.campaign.withdrawn";

	static final String ENDED = "education.campaign.ended";

	private final Outbox outbox;

	private final CampaignRelay relay;

	private final JdbcClient jdbc;

	private final CampaignCountsUp counts;

	CampaignClosingsFromAbove(Outbox outbox, CampaignRelay relay, JdbcClient jdbc, CampaignCountsUp counts) {
		this.outbox = outbox;
		this.relay = relay;
		this.jdbc = jdbc;
		this.counts = counts;
	}

	@ApplicationModuleListener
	void on(CampaignClosed event) {
		Campaign.Closing closing = event.closing();
		for (long peer : relayedTo(event.campaignId())) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("campaignId", event.campaignId());
			body.put("at", closing.at().toString());
			body.put("reason", closing.reason());
			outbox.enqueueTo(peer, closing.kind() == Campaign.Closing.Kind.WITHDRAWN ? WITHDRAWN : ENDED, body);
		}
	}

	@Override
	public Set<String> kinds() {
		return Set.of(WITHDRAWN, ENDED);
	}

	@Override
	public PeerDirection from() {
		return PeerDirection.UP;
	}

	/**
	 * Closes the local copy of the peer's campaign; nothing when it reached nobody here
	 * (no copy). Without a campaign id, a time or a reason within bounds it is parked.
	 */
	@Override
	public boolean apply(Peers.Peer peer, String kind, JsonNode body) {
		long remote = body.path("campaignId").asLong(0);
		Instant at = WarningsFromAbove.instant(body.path("at").asString(""));
		String reason = body.path("reason").asString("").strip();
		if (remote <= 0 || at == null || reason.isEmpty() || reason.length() > Campaign.REASON_LENGTH) {
			return false;
		}
		Optional<Long> local = localCopy(jdbc, peer.id(), remote);
		if (local.isEmpty()) {
			return true;
		}
		Campaign.Closing.Kind closing = WITHDRAWN.equals(kind) ? Campaign.Closing.Kind.WITHDRAWN
				: Campaign.Closing.Kind.ENDED;
		if (AsInstallation.call(() -> relay.close(local.get(), closing, reason, at))) {
			jdbc.sql("""
					update exchange.received_campaign set ends_on = least(ends_on, :closed)
					where peer_id = :p and remote_id = :r""")
				.param("closed", at.atZone(ZoneId.systemDefault()).toLocalDate())
				.param("p", peer.id())
				.param("r", remote)
				.update();
			counts.sendChanged(peer.id(), remote, local.get());
		}
		return true;
	}

	/**
	 * The campaign here that a peer's campaign {@code remote} became, if it reached here.
	 */
	static Optional<Long> localCopy(JdbcClient jdbc, long peer, long remote) {
		return jdbc.sql("select local_id from exchange.received_campaign where peer_id = :p and remote_id = :r")
			.param("p", peer)
			.param("r", remote)
			.query(Long.class)
			.optional();
	}

	/** The peers below a campaign of this installation was sent to. */
	private List<Long> relayedTo(long campaignId) {
		return jdbc.sql("select peer_id from exchange.relayed_campaign where campaign_id = :c order by peer_id")
			.param("c", campaignId)
			.query(Long.class)
			.list();
	}

}
