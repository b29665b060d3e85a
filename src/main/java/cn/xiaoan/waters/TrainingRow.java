package cn.xiaoan.waters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recorded training, with the names of the staff it trained. */
public record TrainingRow(long id, long schoolId, String schoolName, LocalDate trainedOn, TrainingKind kind,
		String trainer, BigDecimal hours, String certificateNo, LocalDate validUntil, UUID photoId,
		List<String> staff) {

	/** Whether the certificate is still valid on {@code day} (no end date: always). */
	public boolean validOn(LocalDate day) {
		return validUntil == null || !validUntil.isBefore(day);
	}

}
