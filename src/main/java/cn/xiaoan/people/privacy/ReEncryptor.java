package cn.xiaoan.people.privacy;

import java.util.Map;

/**
 * A column of personal data that the key rotation re-encrypts under the current master
 * key (ADR 0015). The module owning the table registers one as a bean, usually made by
 * {@link EncryptedColumns#of}; {@link KeyRotation} walks every registered column in
 * batches, guarded and resumable.
 */
public interface ReEncryptor {

	/**
	 * A stable name such as {@code people.student.id_card}; progress is kept under it.
	 */
	String name();

	/** Rows per master key id (0: the first format, before key ids). */
	Map<Integer, Long> rowsByKey();

	/**
	 * Re-encrypts, and re-indexes, up to {@code limit} rows with an id above
	 * {@code afterId} that are not under the current key, in the caller's transaction.
	 */
	Batch reencrypt(long afterId, int limit);

	/**
	 * @param found rows found not under the current key (fewer than the limit: the end)
	 * @param lastId the highest id found
	 * @param rewritten rows re-encrypted
	 */
	record Batch(int found, long lastId, int rewritten) {
	}

}
