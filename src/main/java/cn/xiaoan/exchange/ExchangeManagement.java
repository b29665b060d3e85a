package cn.xiaoan.exchange;

import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exchange's API: the system administrator configures peers and watches their links;
 * a bureau reads the hazards its lower installations sent up, within its own region.
 */
@Service
@Transactional
public class ExchangeManagement {

	public static final Permission EXCHANGE_MANAGE = Permission.grantedTo("EXCHANGE_MANAGE");

	public static final Permission EXCHANGE_READ = Permission.grantedTo("EXCHANGE_READ", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER);

	private final Peers peers;

	private final Outbox outbox;

	private final MirroredHazards mirror;

	private final MirroredAccidents accidents;

	private final AcknowledgementsFromBelow acknowledgements;

	private final BullyingCountsUp bullying;

	private final ApplicationEventPublisher events;

	private final PoliciesFromAbove policies;

	private final SchemesFromAbove schemes;

	private final CampaignsFromAbove campaigns;

	ExchangeManagement(Peers peers, Outbox outbox, MirroredHazards mirror, MirroredAccidents accidents,
			AcknowledgementsFromBelow acknowledgements, BullyingCountsUp bullying, ApplicationEventPublisher events,
			PoliciesFromAbove policies, SchemesFromAbove schemes, CampaignsFromAbove campaigns) {
		this.campaigns = campaigns;
		this.policies = policies;
		this.schemes = schemes;
		this.bullying = bullying;
		this.peers = peers;
		this.outbox = outbox;
		this.mirror = mirror;
		this.accidents = accidents;
		this.acknowledgements = acknowledgements;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<PeerStatus> peers() {
		Callers.current().require(EXCHANGE_MANAGE);
		return peers.statuses();
	}

	/**
	 * Adds a peer, or replaces the one with the same installation id. The secret is not
	 * audited. A peer above receives, once, what is open here (the first full sync,
	 * {@link FirstSync}, at the next push tick), so it sees what existed before the link;
	 * a peer below receives the policy values, assessment schemes and running campaigns
	 * along its region.
	 */
	public long savePeer(SavePeer command) {
		Callers.current().require(EXCHANGE_MANAGE);
		long id = peers.save(command);
		peers.wantFirstSync(id);
		if (command.direction() == PeerDirection.DOWN) {
			// what a bureau below must see as inherited: the policy values, the
			// assessment schemes and the running campaigns along its region
			Peers.Peer peer = peers.byId(id).orElseThrow();
			policies.sendAll(peer);
			schemes.sendAll(peer);
			campaigns.sendAll(peer);
		}
		events.publishEvent(EntityChanged.created("exchange_peer", id, command.regionCode(), null,
				Map.of("installation", command.installation(), "name", command.name(), "url", command.url(),
						"direction", command.direction().name())));
		return id;
	}

	/**
	 * Removes a peer: nothing more is sent to it or taken from it. What it brought from
	 * below that another peer below still brings stays ({@link Peers#delete}).
	 */
	public void deletePeer(long peerId) {
		Callers.current().require(EXCHANGE_MANAGE);
		Peers.Peer peer = peers.byId(peerId).orElseThrow(() -> new cn.xiaoan.shared.NotFound("exchange_peer", peerId));
		peers.delete(peerId);
		events.publishEvent(new EntityChanged("exchange_peer", String.valueOf(peerId), "DELETE", peer.regionCode(),
				null, Map.of("installation", peer.installation(), "name", peer.name(), "url", peer.url(), "direction",
						peer.direction().name()),
				Map.of()));
	}

	/** Sends what waits for the peer at the next tick, without the backoff's wait. */
	public void retryNow(long peerId) {
		Callers.current().require(EXCHANGE_MANAGE);
		peers.byId(peerId).orElseThrow(() -> new cn.xiaoan.shared.NotFound("exchange_peer", peerId));
		outbox.retryNow(peerId);
	}

	/**
	 * The lower installations' hazards in the caller's region, newest first (read-only:
	 * they are changed where they live).
	 */
	@Transactional(readOnly = true)
	public List<MirroredHazard> mirroredHazards(int limit) {
		CurrentUser caller = Callers.current().require(EXCHANGE_READ);
		return mirror.under(caller.scope().sqlRegionPrefix(), Math.max(1, Math.min(limit, 500)));
	}

	/** The lower installations' accident reports in the caller's region, newest first. */
	@Transactional(readOnly = true)
	public List<MirroredAccident> mirroredAccidents(int limit) {
		CurrentUser caller = Callers.current().require(EXCHANGE_READ);
		return accidents.under(caller.scope().sqlRegionPrefix(), Math.max(1, Math.min(limit, 500)));
	}

	/**
	 * The acknowledgements (签收) of this installation's warnings by the lower
	 * installations' schools in the caller's region, newest first.
	 */
	@Transactional(readOnly = true)
	public List<MirroredAcknowledgement> acknowledgementsFromBelow(int limit) {
		CurrentUser caller = Callers.current().require(EXCHANGE_READ);
		return acknowledgements.under(caller.scope().sqlRegionPrefix(), Math.max(1, Math.min(limit, 500)));
	}

	/**
	 * The lower installations' bullying counts per school and month in the caller's
	 * region, newest month first (counts only).
	 */
	@Transactional(readOnly = true)
	public List<MirroredBullyingCount> bullyingCountsFromBelow(int limit) {
		CurrentUser caller = Callers.current().require(EXCHANGE_READ);
		return bullying.under(caller.scope().sqlRegionPrefix(), Math.max(1, Math.min(limit, 500)));
	}

}
