package cn.xiaoan.shared;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The server half of offline capture (ADR 0039): a record made on a phone without signal
 * carries an id the phone generated, and the phone resends it until it hears an answer.
 * The first arrival stores the record; every later one answers the record already stored,
 * so a lost answer never doubles it. The module's table keeps
 * {@code client_id uuid unique} and its insert ends
 * {@code on conflict (client_id) do nothing returning id}; the existing record is looked
 * up among the caller's own only, so another's id is not found.
 *
 * @param id the stored record
 * @param created whether this call stored it (201) or found it stored (200)
 */
public record ClientSubmission(long id, boolean created) {

	/**
	 * Runs {@code insert} (empty when the client id is already stored) and, when nothing
	 * was inserted, answers the caller's record of that client id.
	 */
	public static ClientSubmission once(UUID clientId, Supplier<Optional<Long>> insert,
			Function<UUID, Optional<Long>> callersRecord) {
		if (clientId == null) {
			throw new BusinessRuleViolation("clientId", "offline.clientId.required");
		}
		Optional<Long> inserted = insert.get();
		if (inserted.isPresent()) {
			return new ClientSubmission(inserted.get(), true);
		}
		return new ClientSubmission(
				callersRecord.apply(clientId).orElseThrow(() -> new NotFound("submission", clientId)), false);
	}

}
