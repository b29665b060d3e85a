package cn.xiaoan.exchange;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first full sync of a peer above, once: what is open here (hazards with their
 * states, accidents), the bullying counts and, on a middle installation, what it keeps
 * from below (hazards, accidents, acknowledgements, bullying counts, scores, 约谈:
 * {@link Relay}) and every 约谈 here ({@link InterviewsUp}), queued before anything else
 * the peer has not yet received is pushed. Run by the push tick rather than when the peer
 * is saved, so a large installation does not hold the administrator's request; the peer's
 * row lock lets one instance do it.
 */
@Component
class FirstSync {

	private final ExchangeFeed feed;

	private final Relay relay;

	private final BullyingCountsUp bullying;

	private final MirroredAccidents accidents;

	private final InterviewsUp interviews;

	private final Peers peers;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	FirstSync(ExchangeFeed feed, Relay relay, BullyingCountsUp bullying, MirroredAccidents accidents,
			InterviewsUp interviews, Peers peers, JdbcClient jdbc, TransactionTemplate tx) {
		this.interviews = interviews;
		this.feed = feed;
		this.relay = relay;
		this.accidents = accidents;
		this.bullying = bullying;
		this.peers = peers;
		this.jdbc = jdbc;
		this.tx = tx;
	}

	/**
	 * Syncs every peer above not yet synced, sends the hazards' states to a peer synced
	 * before they travelled (or before they carried 督办 and escalation), and the hazards
	 * mirrored here from below to a peer above that has not had them; returns the hazards
	 * queued.
	 */
	int syncNewPeers() {
		int queued = 0;
		for (long peer : peers.unsynced()) {
			Integer n = tx.execute(status -> sync(peer));
			queued += n == null ? 0 : n;
		}
		for (long peer : peers.statesUnsynced()) {
			Integer n = tx.execute(status -> syncStates(peer));
			queued += n == null ? 0 : n;
		}
		// every 约谈 here, once, to a peer synced now or before they travelled (ADR 0077)
		for (long peer : interviews.waiting()) {
			Integer n = tx.execute(status -> interviews.catchUp(peer));
			queued += n == null ? 0 : n;
		}
		// a middle installation: what it keeps from below goes up once too (ADR 0068,
		// 0071)
		for (long peer : relay.waiting()) {
			Integer n = tx.execute(status -> relay.catchUp(peer));
			queued += n == null ? 0 : n;
		}
		return queued;
	}

	/**
	 * A peer synced before hazards' states travelled gets the states of what it may hold,
	 * once; answers how many.
	 */
	private int syncStates(long peer) {
		List<OffsetDateTime> synced = jdbc.sql("""
				select synced_at from exchange.peer where id = :id and synced_at is not null
				  and status_synced_at is null for update skip locked""")
			.param("id", peer)
			.query(OffsetDateTime.class)
			.list();
		if (synced.isEmpty()) {
			return 0;
		}
		int states = feed.statesSince(peer, synced.get(0));
		jdbc.sql("update exchange.peer set status_synced_at = now() where id = :id").param("id", peer).update();
		return states;
	}

	private int sync(long peer) {
		List<Long> mine = jdbc.sql("""
				select id from exchange.peer where id = :id and sync_wanted and synced_at is null
				for update skip locked""").param("id", peer).query(Long.class).list();
		if (mine.isEmpty()) {
			return 0;
		}
		int hazards = feed.firstSync(peer);
		accidents.firstSync(peer);
		bullying.sendChanged(peer);
		peers.markSynced(peer);
		return hazards;
	}

}
