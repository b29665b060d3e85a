package cn.xiaoan.exchange;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.xiaoan.education.CampaignRelay;
import cn.xiaoan.education.CampaignRemindersAskedBelow;
import cn.xiaoan.shared.RegionCode;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A bureau's one-click reminder of a campaign reaches the schools behind that live below
 * (ADR 0084): one envelope {@code education.campaign.reminded} to each peer the campaign
 * was sent to whose mirrored schools within the reminded region are behind, after the
 * campaign in its outbox — the region, whether only the schools not assigned, and the
 * time, never a school's or a student's name. Below, the copy's own schools behind there
 * are reminded as a local click reminds them, by the same claim per school, so a county
 * click and a city click within the cooldown remind a school once; the same event then
 * asks the installations further below. A reminder is applied once, and only when later,
 * at its origin, than the last applied for that campaign from that peer, so a copy or an
 * older one arriving late reminds nobody.
 */
@Component
class CampaignRemindersFromAbove implements EnvelopeKinds {

	static final String REMINDED = "education.campaign.reminded";

	private final Outbox outbox;

	private final CampaignRelay relay;

	private final JdbcClient jdbc;

	CampaignRemindersFromAbove(Outbox outbox, CampaignRelay relay, JdbcClient jdbc) {
		this.outbox = outbox;
		this.relay = relay;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(CampaignRemindersAskedBelow event) {
		for (long peer : behindAt(event)) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("campaignId", event.campaignId());
			body.put("regionCode", event.regionCode());
			body.put("onlyUnassigned", event.onlyUnassigned());
			body.put("at", event.askedAt().toString());
			outbox.enqueueTo(peer, REMINDED, body);
		}
	}

	/**
	 * The peers the campaign was sent to that keep, as mirrored here, a school behind
	 * within the region (for those not assigned: one with no class assigned).
	 */
	private List<Long> behindAt(CampaignRemindersAskedBelow event) {
		return jdbc.sql("""
				select distinct r.peer_id from exchange.relayed_campaign r
				join exchange.mirrored_campaign_count m on m.peer_id = r.peer_id and m.campaign_id = r.campaign_id
				where r.campaign_id = :c and m.region_code like :prefix || '%' and m.completed < m.targeted
				  and (not :only or m.classes_assigned = 0)
				order by r.peer_id""")
			.param("c", event.campaignId())
			.param("prefix", RegionCode.of(event.regionCode()).prefix())
			.param("only", event.onlyUnassigned())
			.query(Long.class)
			.list();
	}

	@Override
	public Set<String> kinds() {
		return Set.of(REMINDED);
	}

	@Override
	public PeerDirection from() {
		return PeerDirection.UP;
	}

	/**
	 * Reminds the schools behind of the local copy of the peer's campaign; nothing when
	 * the campaign reached nobody here, or the reminder is not later than the last
	 * applied. Without a campaign id or a time, or with a region outside the peer's, it
	 * is parked.
	 */
	@Override
	public boolean apply(Peers.Peer peer, String kind, JsonNode body) {
		long remote = body.path("campaignId").asLong(0);
		Instant at = WarningsFromAbove.instant(body.path("at").asString(""));
		String region = body.path("regionCode").asString("");
		if (remote <= 0 || at == null || !RegionCode.isValid(region)
				|| !region.startsWith(RegionCode.of(peer.regionCode()).prefix())) {
			return false;
		}
		Optional<Long> local = CampaignClosingsFromAbove.localCopy(jdbc, peer.id(), remote);
		if (local.isEmpty() || !later(peer.id(), remote, at)) {
			return true;
		}
		boolean onlyUnassigned = body.path("onlyUnassigned").asBoolean(false);
		AsInstallation.call(() -> relay.remind(local.get(), region, onlyUnassigned, peer.name()));
		return true;
	}

	/** Records the reminder as the last applied, when it is later than that one. */
	private boolean later(long peer, long remote, Instant at) {
		return jdbc.sql("""
				update exchange.received_campaign set reminded_at = :at
				where peer_id = :p and remote_id = :r and (reminded_at is null or reminded_at < :at)""")
			.param("at", Timestamp.from(at))
			.param("p", peer)
			.param("r", remote)
			.update() > 0;
	}

}
