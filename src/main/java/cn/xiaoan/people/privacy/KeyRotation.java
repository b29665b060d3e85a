package cn.xiaoan.people.privacy;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every registered {@link ReEncryptor} column under the current master key,
 * one batch per column and transaction: a transaction-scoped advisory lock per column
 * keeps two instances from doing the same batch, and the position is kept in
 * {@code people.key_rotation} in the same transaction, so a stopped job resumes where it
 * was (ADR 0010, 0015).
 */
@Service
class KeyRotation {

	private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

	private final List<ReEncryptor> columns;

	private final PersonalDataCipher cipher;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final int batchSize;

	KeyRotation(List<ReEncryptor> columns, PersonalDataCipher cipher, JdbcClient jdbc, TransactionTemplate tx,
			@Value("${xiaoan.keys.reencrypt-batch:500}") int batchSize) {
		this.columns = columns;
		this.cipher = cipher;
		this.jdbc = jdbc;
		this.tx = tx;
		this.batchSize = batchSize;
	}

	/** A column's rows per key and the progress of its pass under the current key. */
	record ColumnStatus(String name, Map<Integer, Long> rowsByKey, boolean done, long reencrypted) {

		long notUnder(int keyId) {
			return rowsByKey.entrySet().stream().filter(e -> e.getKey() != keyId).mapToLong(Map.Entry::getValue).sum();
		}

	}

	private record Progress(int keyId, long afterId, boolean done, long reencrypted) {
	}

	/**
	 * One batch of every column still under an older key; answers whether any is left.
	 */
	boolean step() {
		cipher.reloadIfChanged();
		boolean more = false;
		for (ReEncryptor column : columns) {
			more |= Boolean.TRUE.equals(tx.execute(status -> step(column)));
		}
		return more;
	}

	private boolean step(ReEncryptor column) {
		boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtext(:n))")
			.param("n", "xiaoan.key-rotation." + column.name())
			.query(Boolean.class)
			.single();
		if (!locked) {
			// another instance has this column's batch
			return false;
		}
		int current = cipher.currentKeyId();
		Progress progress = progress(column.name());
		if (progress == null || progress.keyId() != current) {
			progress = new Progress(current, 0, false, 0);
		}
		else if (progress.done()) {
			return false;
		}
		ReEncryptor.Batch batch = column.reencrypt(progress.afterId(), batchSize);
		long reencrypted = progress.reencrypted() + batch.rewritten();
		long after = batch.lastId();
		boolean done = false;
		if (batch.found() < batchSize) {
			// the end of a pass: anything left was written by an instance that had not
			// yet
			// seen the new key, or could not be re-indexed; another pass if this one did
			// work
			long left = new ColumnStatus(column.name(), column.rowsByKey(), false, 0).notUnder(current);
			done = left == 0 || reencrypted == 0;
			if (left > 0 && done) {
				log.warn("{}: {} rows are still under an older key after a full pass", column.name(), left);
			}
			after = 0;
			if (done && reencrypted > 0) {
				log.info("{}: re-encrypted {} rows under master key {}", column.name(), reencrypted, current);
			}
			reencrypted = done ? reencrypted : 0;
		}
		jdbc.sql("""
				insert into people.key_rotation (name, key_id, after_id, done, reencrypted, updated_at)
				values (:n, :k, :a, :d, :r, now())
				on conflict (name) do update set key_id = excluded.key_id, after_id = excluded.after_id,
				    done = excluded.done, reencrypted = excluded.reencrypted, updated_at = now()""")
			.param("n", column.name())
			.param("k", current)
			.param("a", after)
			.param("d", done)
			.param("r", reencrypted)
			.update();
		return !done;
	}

	private Progress progress(String name) {
		return jdbc.sql("select key_id, after_id, done, reencrypted from people.key_rotation where name = :n")
			.param("n", name)
			.query((rs, n) -> new Progress(rs.getInt(1), rs.getLong(2), rs.getBoolean(3), rs.getLong(4)))
			.optional()
			.orElse(null);
	}

	List<ColumnStatus> status() {
		cipher.reloadIfChanged();
		int current = cipher.currentKeyId();
		return columns.stream().map(column -> {
			Progress progress = progress(column.name());
			boolean done = progress != null && progress.keyId() == current && progress.done();
			return new ColumnStatus(column.name(), column.rowsByKey(), done,
					progress == null || progress.keyId() != current ? 0 : progress.reencrypted());
		}).toList();
	}

	/**
	 * Rows, over every column, still under the key (0: the first format, counted as key
	 * 1's).
	 */
	long rowsUnder(int keyId) {
		return status().stream()
			.mapToLong(
					s -> s.rowsByKey().getOrDefault(keyId, 0L) + (keyId == 1 ? s.rowsByKey().getOrDefault(0, 0L) : 0))
			.sum();
	}

}
