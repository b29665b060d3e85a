package cn.xiaoan.shared;

import java.util.List;

/**
 * Published when a caller explicitly reveals personal data that is otherwise shown masked
 * (a full ID-card number, a guardian's phone, one person's data export). The audit trail
 * records who revealed which fields of whom; the event itself carries no personal data.
 *
 * @param entityType the kind of record, e.g. {@code student}
 * @param entityId its id
 * @param regionCode the region of the record's school, when known
 * @param schoolId the record's school, when it has one
 * @param fields the names of the fields revealed, e.g. {@code idCardNumber}
 * @param purpose why, in the caller's words or a fixed reason such as {@code export}
 */
public record PersonalDataRevealed(String entityType, String entityId, String regionCode, Long schoolId,
		List<String> fields, String purpose) {

	public PersonalDataRevealed {
		fields = List.copyOf(fields);
	}

}
