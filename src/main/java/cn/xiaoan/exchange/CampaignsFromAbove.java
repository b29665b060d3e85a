package cn.xiaoan.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.xiaoan.education.CampaignFromAbove;
import cn.xiaoan.education.CampaignIssued;
import cn.xiaoan.education.CampaignRelay;
import cn.xiaoan.shared.RegionCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Education campaigns (专题教育活动) going down: a campaign issued here reaches each
 * installation below whose region it covers, narrowed to that region, with its lesson and
 * quiz; one received from above is kept there as a read-only campaign under the upper
 * bureau's name and issued to its schools like a local one, remembered so its schools'
 * counts go back up ({@link CampaignCountsUp}), and passed on further down like one
 * issued here (its {@link CampaignIssued} is heard here too). A peer below added later
 * receives the campaigns still running along its region.
 */
@Component
class CampaignsFromAbove implements EnvelopeKinds {

	static final String ISSUED = "education.campaign";

	private final Outbox outbox;

	private final Peers peers;

	private final CampaignRelay relay;

	private final JdbcClient jdbc;

	private final CampaignCountsUp counts;

	private final ObjectMapper json;

	CampaignsFromAbove(Outbox outbox, Peers peers, CampaignRelay relay, JdbcClient jdbc, CampaignCountsUp counts,
			ObjectMapper json) {
		this.json = json;
		this.outbox = outbox;
		this.peers = peers;
		this.relay = relay;
		this.jdbc = jdbc;
		this.counts = counts;
	}

	@ApplicationModuleListener
	void on(CampaignIssued event) {
		List<Peers.Peer> below = peers.all(PeerDirection.DOWN);
		if (!below.isEmpty()) {
			AsInstallation.call(() -> relay.toRelay(event.campaignId())).ifPresent(c -> below.forEach(p -> send(p, c)));
		}
	}

	/** Every campaign still running along a new peer below's region, once. */
	void sendAll(Peers.Peer peer) {
		for (long id : AsInstallation.call(() -> relay.runningAlong(peer.regionCode()))) {
			AsInstallation.call(() -> relay.toRelay(id)).ifPresent(c -> send(peer, c));
		}
	}

	private void send(Peers.Peer peer, CampaignFromAbove c) {
		String prefix = RegionCode.of(c.regionCode()).prefix();
		if (!WarningsFromAbove.reaches(prefix, peer.regionCode())) {
			return;
		}
		String target = WarningsFromAbove.narrower(prefix, peer);
		outbox.enqueueTo(peer.id(), ISSUED, body(c, RegionCode.fromPrefix(target).value()));
		jdbc.sql("insert into exchange.relayed_campaign (peer_id, campaign_id) values (:p, :c) on conflict do nothing")
			.param("p", peer.id())
			.param("c", c.campaignId())
			.update();
	}

	Map<String, Object> body(CampaignFromAbove c, String region) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("campaignId", c.campaignId());
		body.put("regionCode", region);
		body.put("issuerName", c.issuerName());
		body.put("title", c.title());
		body.put("description", c.description());
		body.put("startsOn", c.startsOn().toString());
		body.put("endsOn", c.endsOn().toString());
		body.put("requiresParent", c.requiresParent());
		body.put("stages", c.stages());
		CampaignFromAbove.LessonContent l = c.lesson();
		Map<String, Object> lesson = new LinkedHashMap<>();
		lesson.put("code", l.code());
		lesson.put("title", l.title());
		lesson.put("gradeBand", l.gradeBand());
		lesson.put("minutes", l.minutes());
		lesson.put("content", json.readTree(l.content()));
		List<Map<String, Object>> quiz = new ArrayList<>();
		for (CampaignFromAbove.Question q : l.quiz()) {
			quiz.add(Map.of("type", q.type(), "text", q.text(), "options", q.options(), "answer", q.answer(),
					"explanation", q.explanation()));
		}
		lesson.put("quiz", quiz);
		body.put("lesson", lesson);
		body.put("media", CampaignEnvelope.media(c.media()));
		body.put("mediaLeftOut", c.mediaLeftOut());
		return body;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(ISSUED);
	}

	@Override
	public PeerDirection from() {
		return PeerDirection.UP;
	}

	/**
	 * Keeps the campaign here once per campaign above (a resent envelope under another
	 * sequence does not issue it twice) and queues its schools' first counts; a region
	 * outside the peer's, a stage or question type this release does not know, or content
	 * out of bounds parks it.
	 */
	@Override
	public boolean apply(Peers.Peer peer, String kind, JsonNode body) {
		long remote = body.path("campaignId").asLong(0);
		Optional<CampaignFromAbove> campaign = CampaignEnvelope.read(body, json);
		if (remote <= 0 || campaign.isEmpty()
				|| !campaign.get().regionCode().startsWith(RegionCode.of(peer.regionCode()).prefix())) {
			return false;
		}
		if (jdbc.sql("select count(*) from exchange.received_campaign where peer_id = :p and remote_id = :r")
			.param("p", peer.id())
			.param("r", remote)
			.query(Long.class)
			.single() > 0) {
			return true;
		}
		CampaignFromAbove received = campaign.get().from(peer.name(), campaign.get().regionCode());
		long local = AsInstallation.call(() -> relay.receive(received));
		jdbc.sql("""
				insert into exchange.received_campaign (peer_id, remote_id, local_id, ends_on)
				values (:p, :r, :l, :ends)""")
			.param("p", peer.id())
			.param("r", remote)
			.param("l", local)
			.param("ends", received.endsOn())
			.update();
		counts.sendChanged(peer.id(), remote, local);
		return true;
	}

}
