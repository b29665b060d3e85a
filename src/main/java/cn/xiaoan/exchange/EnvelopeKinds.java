package cn.xiaoan.exchange;

import java.util.Set;

import cn.xiaoan.shared.RegionCode;
import tools.jackson.databind.JsonNode;

/**
 * The kinds of envelope one part of the exchange applies, and the direction they come
 * from: hazards and accidents come up from a peer below, warnings come down from the peer
 * above. {@link ExchangeReceipts} parks any other.
 */
interface EnvelopeKinds {

	Set<String> kinds();

	/** Where the sending peer sits as seen from here (DOWN: an installation below). */
	PeerDirection from();

	/**
	 * Applies an envelope received for the first time; false parks it (a code this
	 * release does not know inside a known kind).
	 */
	boolean apply(Peers.Peer peer, String kind, JsonNode body);

	/**
	 * Whether this release applies the kind in this version from a peer in that
	 * direction: the format of this release and the one before it.
	 */
	/**
	 * Whether what a peer below sent lies in the region it serves: a county reports its
	 * own schools only; anything else is parked, not applied.
	 */
	static boolean within(Peers.Peer peer, JsonNode fact) {
		return fact.path("regionCode").asString("").startsWith(RegionCode.of(peer.regionCode()).prefix());
	}

	default boolean knows(String kind, int version, PeerDirection direction) {
		return kinds().contains(kind) && direction == from() && version >= Outbox.VERSION - 1
				&& version <= Outbox.VERSION;
	}

}
