package cn.xiaoan.waters;

import java.time.LocalDate;

/**
 * A staff member of a school and their rescue-skill training: trained (a valid one), the
 * last kind and until when it is valid; not trained when none is valid today.
 */
public record TrainedStaff(long staffId, String name, String post, boolean trained, TrainingKind lastKind,
		LocalDate validUntil) {

}
