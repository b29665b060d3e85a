package cn.xiaoan.exchange;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an installation keeps of 藤县's accidents, acknowledgements, bullying counts and
 * school scores (ADR 0071), one line per row in key order.
 */
final class ForwardedRecords {

	private ForwardedRecords() {
	}

	/**
	 * The rows of the four mirrors that come from 藤县 ('xiaoan'): their keys and facts,
	 * and with {@code times} when each was counted and last changed here too (so two
	 * reads compare equal only when nothing was touched).
	 */
	static List<String> of(JdbcClient db, boolean times) {
		return db.sql("""
				select 'accident ' || accident_id || ' ' || closed || ' ' || severity
				       || case when :t then ' ' || updated_at else '' end
				from exchange.mirrored_accident where origin = 'xiaoan'
				union all
				-- the warning's installation is '' where it was issued, named above (ForwardedScreens)
				select 'ack ' || warning_id || ' ' || school_id || ' ' || acknowledged_at
				from exchange.mirrored_acknowledgement where origin = 'xiaoan'
				union all
				select 'bullying ' || school_id || ' ' || month || ' ' || cases || ' ' || bullying
				       || case when :t then ' ' || counted_at else '' end
				from exchange.mirrored_bullying_count where origin = 'xiaoan'
				union all
				select 'score ' || scheme_id || ' ' || period_key || ' ' || school_id || ' ' || total
				       || case when :t then ' ' || counted_at || ' ' || updated_at else '' end
				from exchange.mirrored_school_score where origin = 'xiaoan'
				order by 1""").param("t", times).query(String.class).list();
	}

	/** How many rows of a mirror come from 藤县. */
	static long count(JdbcClient db, String table) {
		return db.sql("select count(*) from exchange." + table + " where origin = 'xiaoan'").query(Long.class).single();
	}

	/** Whether the accident is kept closed; null when not kept. */
	static Boolean closed(JdbcClient db, long accident) {
		return db.sql("select closed from exchange.mirrored_accident where origin = 'xiaoan' and accident_id = :a")
			.param("a", accident)
			.query(Boolean.class)
			.optional()
			.orElse(null);
	}

	/** Envelopes of the kinds queued for a peer, sent or not. */
	static long queued(JdbcClient db, long peer, String... kinds) {
		return db.sql("select count(*) from exchange.outbox where peer_id = :p and kind in (:k)")
			.param("p", peer)
			.param("k", List.of(kinds))
			.query(Long.class)
			.single();
	}

	/**
	 * Every envelope of the kinds queued for the peer, queued again in their order under
	 * new sequences (a replay the receipts cannot tell from new).
	 */
	static void requeue(JdbcClient db, long peer, String... kinds) {
		db.sql("""
				insert into exchange.outbox (peer_id, kind, version, body)
				select peer_id, kind, version, body from exchange.outbox where peer_id = :p and kind in (:k)
				order by id""").param("p", peer).param("k", List.of(kinds)).update();
	}

}
