package cn.xiaoan.institutions;

import java.time.LocalDate;
import java.util.List;

/**
 * An institution of the register with its standing: the last inspection's result, the
 * rectifications and resettlements still open.
 */
public record InstitutionSummary(long id, String regionCode, String name, String licenceNo, String creditCode,
		String address, List<Subject> subjects, int capacity, String responsiblePerson, String phone, Double longitude,
		Double latitude, InstitutionStatus status, LocalDate lastInspectedOn, int openRectifications,
		int openResettlements) {

	public boolean licensed() {
		return !licenceNo.isEmpty();
	}

	public boolean academic() {
		return subjects.contains(Subject.ACADEMIC);
	}

}
