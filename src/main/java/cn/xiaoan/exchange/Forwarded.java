package cn.xiaoan.exchange;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;

/**
 * One kind of record from below that a middle installation keeps and forwards to its
 * peers above by {@link Relay}'s rule (ADR 0068, 0071): hazards, accident reports,
 * acknowledgements of warnings, bullying counts, school scores. Each keeps its records
 * under the installation they come from ({@code origin}), so one reaching here by two
 * routes is one record, and merges what arrives by one rule that says whether it changed
 * anything: only a change is forwarded.
 */
interface Forwarded {

	/** The envelope kind a middle installation forwards these records under. */
	String relayedKind();

	/**
	 * Merges a record that {@code via} forwarded from the installation it comes from;
	 * answers the record as now kept here when this changed it. Throws
	 * {@link IllegalArgumentException} for one it cannot keep (it is parked).
	 */
	Optional<Kept> merge(Peers.Peer via, Origin origin, JsonNode body);

	/**
	 * Every record kept here below {@code regionPrefix} that does not come from
	 * {@code notAt}, as it would be forwarded (a peer above linked late catches up).
	 */
	void keptUnder(String regionPrefix, String notAt, Consumer<Kept> each);

	/** The installation a record comes from: its id, name and region. */
	record Origin(String installation, String name, String region) {

		/** The peer itself, for what it sent of its own. */
		static Origin of(Peers.Peer peer) {
			return new Origin(peer.installation(), peer.name(), peer.regionCode());
		}

		void into(Map<String, Object> body) {
			body.put("origin", installation);
			body.put("originName", name);
			body.put("originRegion", region);
		}

	}

	/**
	 * A record as kept here, ready to forward: its kind, the school region that decides
	 * which peers above may hold it, the installations it must not go to (where it comes
	 * from, and for an acknowledgement the warning's own installation, which receives it
	 * by ADR 0061's path), and the body.
	 */
	record Kept(String kind, String regionCode, Set<String> notTo, Map<String, Object> body) {
	}

}
