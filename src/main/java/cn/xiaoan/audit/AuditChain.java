package cn.xiaoan.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hash chain over the trail (ADR 0020): each entry is sealed, in id order, as
 * {@code hash = SHA-256(previous hash ‖ canonical form of the entry)} in the insert-only
 * {@code audit.seal}. Business transactions insert entries without waiting for the chain;
 * the sealing job appends them a few seconds later, one instance at a time, and an entry
 * that commits late is sealed at the chain's end.
 */
@Component
class AuditChain {

	/**
	 * The canonical form of an entry as the database renders it: a JSON array of every
	 * column, the time in microseconds since the epoch (not in the session's zone), the
	 * before/after in jsonb's normalised text.
	 */
	static final String CANONICAL = """
			jsonb_build_array(e.id, cast(extract(epoch from e.at) * 1000000 as bigint), e.account_id, e.username,
			    e.display_name, e.role, e.ip, e.action, e.entity_type, e.entity_id, e.region_code, e.school_id,
			    e.before, e.after)::text""";

	/** The lock shared with {@code audit.purge_before}. */
	static final String LOCK = "pg_try_advisory_xact_lock(hashtext('audit.seal'))";

	/** The previous hash of the first entry ever sealed. */
	static final byte[] GENESIS = new byte[32];

	/**
	 * How far back the job looks for entries that committed after later ones were sealed:
	 * longer than any transaction runs. Entries older than that and still unsealed are
	 * reported by the verification.
	 */
	static final Duration LATE_COMMIT_WINDOW = Duration.ofHours(1);

	static final int BATCH = 2_000;

	private final JdbcClient jdbc;

	AuditChain(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The chain's end: its last seal, else the anchor of the last purge, else nothing.
	 */
	record Head(long seq, byte[] hash, long highestEntry) {
	}

	private record Pending(long id, String canonical) {
	}

	/**
	 * Seals every entry committed so far and not yet sealed; answers how many, or 0 when
	 * another instance is sealing.
	 */
	@Transactional
	public int sealPending() {
		if (!jdbc.sql("select " + LOCK).query(Boolean.class).single()) {
			return 0;
		}
		Head head = head();
		// first the late commits below the chain's end (few), then everything above it
		List<Pending> pending = jdbc.sql("""
				select e.id, %s from audit.entry e
				where e.at >= now() - cast(:window as interval) and e.id < :hi
				  and not exists (select 1 from audit.seal s where s.entry_id = e.id)
				order by e.id""".formatted(CANONICAL))
			.param("hi", head.highestEntry())
			.param("window", LATE_COMMIT_WINDOW.toSeconds() + " seconds")
			.query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2)))
			.list();
		head = append(head, pending);
		int sealed = pending.size();
		do {
			pending = jdbc
				.sql("select e.id, %s from audit.entry e where e.id > :hi order by e.id limit :n".formatted(CANONICAL))
				.param("hi", head.highestEntry())
				.param("n", BATCH)
				.query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2)))
				.list();
			head = append(head, pending);
			sealed += pending.size();
		}
		while (pending.size() == BATCH);
		return sealed;
	}

	private Head append(Head head, List<Pending> pending) {
		long seq = head.seq();
		byte[] hash = head.hash();
		long highest = head.highestEntry();
		Long[] seqs = new Long[pending.size()];
		Long[] entries = new Long[pending.size()];
		String[] hashes = new String[pending.size()];
		for (int i = 0; i < pending.size(); i++) {
			Pending p = pending.get(i);
			seq++;
			hash = link(hash, p.canonical());
			seqs[i] = seq;
			entries[i] = p.id();
			hashes[i] = HexFormat.of().formatHex(hash);
			highest = Math.max(highest, p.id());
		}
		if (!pending.isEmpty()) {
			// one statement per batch
			jdbc.sql("""
					insert into audit.seal (seq, entry_id, hash)
					select s, e, decode(h, 'hex')
					from unnest(cast(:s as bigint[]), cast(:e as bigint[]), cast(:h as text[])) as t(s, e, h)""")
				.param("s", seqs)
				.param("e", entries)
				.param("h", hashes)
				.update();
		}
		return new Head(seq, hash, highest);
	}

	Head head() {
		return jdbc
			.sql("""
					select seq, hash, high from (
					  select 1 as rank, s.seq, s.hash, (select greatest(max(entry_id), (select max(high_entry) from audit.anchor)) from audit.seal) as high from audit.seal s
					  where s.seq = (select max(seq) from audit.seal)
					  union all
					  (select 2, a.seq, a.hash, a.high_entry from audit.anchor a order by a.seq desc limit 1)) h
					order by rank limit 1""")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2), rs.getLong(3)))
			.optional()
			.orElse(new Head(0, GENESIS, 0));
	}

	/** {@code SHA-256(previous ‖ canonical)}. */
	static byte[] link(byte[] previous, String canonical) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(previous);
			sha.update(canonical.getBytes(StandardCharsets.UTF_8));
			return sha.digest();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
