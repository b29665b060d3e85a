package cn.xiaoan.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.xiaoan.notice.NoticeRead;
import cn.xiaoan.notice.NoticeRelay;
import cn.xiaoan.notice.RelayedUnit;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Receipts of a notice from above going back up: which schools and bureaus here it
 * reached (as soon as it is addressed) and, at each first reading, the unit's readers and
 * when it was first read — nobody's name. Above, the units are mirrored into the bureau's
 * notice, marked with the installation they live in, so its receipt tally counts them; a
 * middle installation (a city) forwards them to the peer it got the notice from, so a
 * province sees its counties' schools too.
 */
@Component
class NoticeReceiptsFromBelow implements EnvelopeKinds {

	static final String RECEIPTS = "notice.receipts";

	private final Outbox outbox;

	private final NoticeRelay relay;

	private final JdbcClient jdbc;

	NoticeReceiptsFromBelow(Outbox outbox, NoticeRelay relay, JdbcClient jdbc) {
		this.outbox = outbox;
		this.relay = relay;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(NoticeRead event) {
		origin(event.noticeId())
			.ifPresent(origin -> AsInstallation.call(() -> relay.unit(event.noticeId(), event.unitKey()))
				.ifPresent(unit -> outbox.enqueueTo(origin[0], RECEIPTS, body(origin[1], "", "", List.of(unit)))));
	}

	/** Every unit a notice from above reached here, for the peer it came from. */
	void sendAll(long peer, long remote, long local) {
		List<RelayedUnit> units = AsInstallation.call(() -> relay.units(local));
		if (!units.isEmpty()) {
			outbox.enqueueTo(peer, RECEIPTS, body(remote, "", "", units));
		}
	}

	private static Map<String, Object> body(long notice, String source, String installation, List<RelayedUnit> units) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("noticeId", notice);
		body.put("source", source);
		body.put("installation", installation);
		List<Map<String, Object>> list = new ArrayList<>();
		for (RelayedUnit u : units) {
			Map<String, Object> unit = new LinkedHashMap<>();
			unit.put("unitKey", u.unitKey());
			unit.put("name", u.name());
			unit.put("regionCode", u.regionCode());
			unit.put("readers", u.readers());
			unit.put("readAt", u.readAt() == null ? null : u.readAt().toString());
			list.add(unit);
		}
		body.put("units", list);
		return body;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(RECEIPTS);
	}

	@Override
	public PeerDirection from() {
		return PeerDirection.DOWN;
	}

	/**
	 * Mirrors the units into the notice this installation sent that peer (any other is
	 * parked), and forwards them further up when the notice itself came from above. Units
	 * outside the peer's region are left out.
	 */
	@Override
	public boolean apply(Peers.Peer peer, String kind, JsonNode body) {
		long notice = body.path("noticeId").asLong(0);
		boolean sentThere = jdbc
			.sql("select count(*) from exchange.relayed_notice where peer_id = :p and notice_id = :n")
			.param("p", peer.id())
			.param("n", notice)
			.query(Long.class)
			.single() > 0;
		String installation = body.path("installation").asString("");
		if (!sentThere || !installation.matches("[A-Za-z0-9._-]{0,40}")) {
			return false;
		}
		boolean forwarded = !installation.isEmpty();
		String source = forwarded ? WarningsFromAbove.cut(body.path("source").asString(""), 60) : peer.name();
		List<RelayedUnit> units = new ArrayList<>();
		for (JsonNode u : body.path("units")) {
			if (EnvelopeKinds.within(peer, u)) {
				units.add(new RelayedUnit(u.path("unitKey").asString(""), u.path("name").asString(""),
						u.path("regionCode").asString(""), u.path("readers").asInt(0),
						u.path("readAt").isNull() ? null : WarningsFromAbove.instant(u.path("readAt").asString(""))));
			}
		}
		String suffix = peer.id() + (forwarded ? "." + installation : "");
		boolean mirrored = AsInstallation
			.call(() -> relay.mirror(notice, source.isBlank() ? peer.name() : source, suffix, units));
		if (mirrored) {
			origin(notice).ifPresent(origin -> outbox.enqueueTo(origin[0], RECEIPTS, body(origin[1],
					source.isBlank() ? peer.name() : source, forwarded ? installation : peer.installation(), units)));
		}
		return mirrored;
	}

	/** The peer above and its notice id a local notice was received as, if it was. */
	private Optional<long[]> origin(long localNotice) {
		return jdbc.sql("select peer_id, remote_id from exchange.received_notice where local_id = :l")
			.param("l", localNotice)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional();
	}

}
