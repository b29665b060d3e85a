package cn.xiaoan.audit;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.Permission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the hash chain from its anchor (or its beginning) and reports the first broken
 * link: an entry whose content no longer matches its seal, an entry or a seal that was
 * removed, or an entry older than the sealing lag that was never sealed.
 */
@Component
class AuditVerification {

	/**
	 * An entry unsealed for longer than this was slipped in past the sealing job (which
	 * runs every few seconds), or the job has stopped: either way the trail cannot vouch
	 * for it.
	 */
	static final Duration SEAL_LAG = Duration.ofMinutes(10);

	private static final int PAGE = 5_000;

	/** Verify the whole chain from the audit page: the system administrator only. */
	static final Permission AUDIT_VERIFY = Permission.grantedTo("AUDIT_VERIFY");

	private final JdbcClient jdbc;

	private final AuditChain chain;

	private final AuditTrail trail;

	private final TransactionTemplate snapshot;

	AuditVerification(JdbcClient jdbc, AuditChain chain, AuditTrail trail, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.chain = chain;
		this.trail = trail;
		// one snapshot for the whole walk, so a purge or the sealing job meanwhile cannot
		// look like a gap
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/**
	 * For the audit page: seals what is pending, verifies, and records who verified with
	 * what result.
	 */
	Result verifyForCaller() {
		Callers.current().require(AUDIT_VERIFY);
		chain.sealPending();
		Result result = verify();
		trail.verified(result.intact(), result.problem() == null ? null : result.problem().name(), result.entryId(),
				result.checked());
		return result;
	}

	/** What the verification found. */
	record Result(Problem problem, Long entryId, OffsetDateTime at, long checked, long headSeq, String headHash) {

		boolean intact() {
			return problem == null;
		}

	}

	enum Problem {

		/** The entry's content differs from what was sealed. */
		ALTERED,
		/** A sealed entry is gone (not by a purge). */
		REMOVED,
		/** A seal is gone: the chain skips a number. */
		SEAL_MISSING,
		/** An entry older than the sealing lag has no seal. */
		UNSEALED

	}

	private record Link(long seq, long entryId, byte[] hash, boolean present, OffsetDateTime at, String canonical,
			OffsetDateTime sealedAt) {
	}

	public Result verify() {
		return snapshot.execute(status -> walk());
	}

	private Result walk() {
		AuditChain.Head anchor = jdbc.sql("select seq, hash, high_entry from audit.anchor order by seq desc limit 1")
			.query((rs, n) -> new AuditChain.Head(rs.getLong(1), rs.getBytes(2), rs.getLong(3)))
			.optional()
			.orElse(new AuditChain.Head(0, AuditChain.GENESIS, 0));
		long seq = anchor.seq();
		byte[] hash = anchor.hash();
		long checked = 0;
		List<Link> links;
		do {
			links = jdbc.sql("""
					select s.seq, s.entry_id, s.hash, e.id is not null, e.at, %s, s.sealed_at
					from audit.seal s left join audit.entry e on e.id = s.entry_id
					where s.seq > :after order by s.seq limit :n""".formatted(AuditChain.CANONICAL))
				.param("after", seq)
				.param("n", PAGE)
				.query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2), rs.getBytes(3), rs.getBoolean(4),
						rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getObject(7, OffsetDateTime.class)))
				.list();
			for (Link link : links) {
				if (link.seq() != seq + 1) {
					return broken(Problem.SEAL_MISSING, link.entryId(), link.sealedAt(), checked, seq, hash);
				}
				if (!link.present()) {
					return broken(Problem.REMOVED, link.entryId(), link.sealedAt(), checked, seq, hash);
				}
				byte[] expected = AuditChain.link(hash, link.canonical());
				if (!Arrays.equals(expected, link.hash())) {
					return broken(Problem.ALTERED, link.entryId(), link.at(), checked, seq, hash);
				}
				seq = link.seq();
				hash = link.hash();
				checked++;
			}
		}
		while (links.size() == PAGE);
		long headSeq = seq;
		byte[] headHash = hash;
		long verified = checked;
		return jdbc.sql("""
				select e.id, e.at from audit.entry e
				where e.at < now() - cast(:lag as interval)
				  and not exists (select 1 from audit.seal s where s.entry_id = e.id)
				order by e.id limit 1""")
			.param("lag", SEAL_LAG.toSeconds() + " seconds")
			.query((rs, n) -> broken(Problem.UNSEALED, rs.getLong(1), rs.getObject(2, OffsetDateTime.class), verified,
					headSeq, headHash))
			.optional()
			.orElse(new Result(null, null, null, verified, headSeq, HexFormat.of().formatHex(headHash)));
	}

	private static Result broken(Problem problem, long entryId, OffsetDateTime at, long checked, long seq,
			byte[] hash) {
		return new Result(problem, entryId, at, checked, seq, HexFormat.of().formatHex(hash));
	}

}
