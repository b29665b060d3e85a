package cn.xiaoan.exchange;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.policy.PolicyChanged;
import cn.xiaoan.policy.PolicyFromAbove;
import cn.xiaoan.policy.PolicyRelay;
import tools.jackson.databind.JsonNode;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Policy settings going down: a value a bureau here sets (or removes) for a region
 * reaches each installation below on that region's path — above it, where it is
 * inherited, or inside it — and is kept there as that region's value (its bureaus see it
 * inherited, as from a bureau on their own installation); a peer below added later first
 * receives every value along its region. A value received is passed on further down like
 * one set here.
 */
@Component
class PoliciesFromAbove implements EnvelopeKinds {

	static final String OVERRIDE = "policy.override";

	private final Outbox outbox;

	private final Peers peers;

	private final PolicyRelay relay;

	PoliciesFromAbove(Outbox outbox, Peers peers, PolicyRelay relay) {
		this.outbox = outbox;
		this.peers = peers;
		this.relay = relay;
	}

	@ApplicationModuleListener
	void on(PolicyChanged event) {
		for (Peers.Peer peer : peers.all(PeerDirection.DOWN)) {
			if (WarningsFromAbove.reaches(cn.xiaoan.shared.RegionCode.of(event.regionCode()).prefix(),
					peer.regionCode())) {
				PolicyFromAbove value = AsInstallation.call(() -> relay.toRelay(event.setting(), event.regionCode()));
				outbox.enqueueTo(peer.id(), OVERRIDE, body(value));
			}
		}
	}

	/** Every value along a new peer below's region, once, when it is saved. */
	void sendAll(Peers.Peer peer) {
		for (PolicyFromAbove value : AsInstallation.call(() -> relay.along(peer.regionCode()))) {
			outbox.enqueueTo(peer.id(), OVERRIDE, body(value));
		}
	}

	private static Map<String, Object> body(PolicyFromAbove p) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("setting", p.setting());
		body.put("regionCode", p.regionCode());
		body.put("value", p.value());
		body.put("legalBasis", p.legalBasis());
		body.put("setBy", p.setBy());
		return body;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(OVERRIDE);
	}

	@Override
	public PeerDirection from() {
		return PeerDirection.UP;
	}

	/**
	 * Keeps the value when its region lies on the path of the region the peer above
	 * serves (a province's value passed on by its city, or the city's own); anything
	 * else, an unknown setting or a refused value is parked.
	 */
	@Override
	public boolean apply(Peers.Peer peer, String kind, JsonNode body) {
		String region = body.path("regionCode").asString("");
		if (!cn.xiaoan.shared.RegionCode.isValid(region)
				|| !WarningsFromAbove.reaches(cn.xiaoan.shared.RegionCode.of(region).prefix(), peer.regionCode())) {
			return false;
		}
		JsonNode value = body.path("value");
		PolicyFromAbove received = new PolicyFromAbove(body.path("setting").asString(""), region,
				value.isNull() || value.isMissingNode() ? null : value.asString(""),
				body.path("legalBasis").asString(""), body.path("setBy").asString(""));
		return AsInstallation.call(() -> relay.receive(received));
	}

}
