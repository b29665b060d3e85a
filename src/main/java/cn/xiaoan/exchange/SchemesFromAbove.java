package cn.xiaoan.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.xiaoan.assessment.AssessmentRelay;
import cn.xiaoan.assessment.IndicatorKind;
import cn.xiaoan.assessment.SchemeChanged;
import cn.xiaoan.assessment.SchemeFromAbove;
import cn.xiaoan.shared.RegionCode;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Assessment schemes (考核方案) going down: a scheme of a bureau here, whole, at every
 * change, to each installation below on its region's path; kept there as that bureau's
 * scheme (inherited by the bureaus below, who may adapt it) and updated in place when it
 * changes again; passed on further down like one defined here. A peer below added later
 * first receives the schemes along its region.
 */
@Component
class SchemesFromAbove implements EnvelopeKinds {

	static final String SCHEME = "assessment.scheme";

	private final Outbox outbox;

	private final Peers peers;

	private final AssessmentRelay relay;

	private final JdbcClient jdbc;

	SchemesFromAbove(Outbox outbox, Peers peers, AssessmentRelay relay, JdbcClient jdbc) {
		this.outbox = outbox;
		this.peers = peers;
		this.relay = relay;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(SchemeChanged event) {
		String prefix = RegionCode.of(event.regionCode()).prefix();
		List<Peers.Peer> below = peers.all(PeerDirection.DOWN)
			.stream()
			.filter(p -> WarningsFromAbove.reaches(prefix, p.regionCode()))
			.toList();
		if (below.isEmpty()) {
			return;
		}
		AsInstallation.call(() -> relay.toRelay(event.schemeId()))
			.ifPresent(scheme -> below.forEach(p -> outbox.enqueueTo(p.id(), SCHEME, body(scheme))));
	}

	/** Every scheme along a new peer below's region, once, when it is saved. */
	void sendAll(Peers.Peer peer) {
		for (long id : AsInstallation.call(() -> relay.along(peer.regionCode()))) {
			AsInstallation.call(() -> relay.toRelay(id)).ifPresent(s -> outbox.enqueueTo(peer.id(), SCHEME, body(s)));
		}
	}

	private static Map<String, Object> body(SchemeFromAbove s) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("schemeId", s.schemeId());
		body.put("regionCode", s.regionCode());
		body.put("year", s.year());
		body.put("name", s.name());
		body.put("createdByName", s.createdByName());
		List<Map<String, Object>> items = new ArrayList<>();
		for (SchemeFromAbove.Item i : s.indicators()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("position", i.position());
			item.put("name", i.name());
			item.put("kind", i.kind().name());
			item.put("weight", i.weight());
			item.put("target", i.target());
			items.add(item);
		}
		body.put("indicators", items);
		return body;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(SCHEME);
	}

	@Override
	public PeerDirection from() {
		return PeerDirection.UP;
	}

	/**
	 * Keeps the scheme (new, or the one kept for it before); a scheme of a region off the
	 * peer's path, an indicator kind this release does not know or indicators out of
	 * bounds park it.
	 */
	@Override
	public boolean apply(Peers.Peer peer, String kind, JsonNode body) {
		long remote = body.path("schemeId").asLong(0);
		String region = body.path("regionCode").asString("");
		String name = body.path("name").asString("");
		int year = body.path("year").asInt(0);
		if (remote <= 0 || !RegionCode.isValid(region) || name.isBlank() || year < 2000 || year > 2100
				|| !WarningsFromAbove.reaches(RegionCode.of(region).prefix(), peer.regionCode())) {
			return false;
		}
		List<SchemeFromAbove.Item> items = new ArrayList<>();
		Set<Integer> positions = new HashSet<>();
		for (JsonNode i : body.path("indicators")) {
			IndicatorKind indicator = WarningsFromAbove.parse(IndicatorKind.class, i.path("kind").asString(""));
			int position = i.path("position").asInt(0);
			BigDecimal weight = decimal(i.path("weight"));
			BigDecimal target = decimal(i.path("target"));
			if (indicator == null || position < 1 || position > 1000 || !positions.add(position) || weight == null
					|| weight.signum() <= 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0
					|| (target != null && target.abs().compareTo(BigDecimal.valueOf(9999)) > 0)) {
				return false;
			}
			items.add(new SchemeFromAbove.Item(position, i.path("name").asString(""), indicator, weight, target));
		}
		Optional<Long> local = jdbc
			.sql("select local_id from exchange.received_scheme where peer_id = :p and remote_id = :r")
			.param("p", peer.id())
			.param("r", remote)
			.query(Long.class)
			.optional();
		SchemeFromAbove scheme = new SchemeFromAbove(remote, region, year, name,
				body.path("createdByName").asString(peer.name()), items);
		long id = AsInstallation.call(() -> relay.receive(local.orElse(null), scheme));
		if (local.isEmpty()) {
			jdbc.sql("insert into exchange.received_scheme (peer_id, remote_id, local_id) values (:p, :r, :l)")
				.param("p", peer.id())
				.param("r", remote)
				.param("l", id)
				.update();
		}
		return true;
	}

	private static BigDecimal decimal(JsonNode node) {
		return node.isNumber() ? node.decimalValue() : null;
	}

}
