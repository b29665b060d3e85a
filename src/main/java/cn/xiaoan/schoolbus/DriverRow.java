package cn.xiaoan.schoolbus;

import java.time.LocalDate;
import java.util.List;

/**
 * A driver of the ledger with the statutory conditions as last checked; {@code name},
 * {@code licenceNo} and {@code birthDate} are blank for a partner department, which sees
 * no personal data.
 */
public record DriverRow(long id, long schoolId, String schoolName, String name, String licenceClass, int age,
		LocalDate licenceExpires, LocalDate reviewDue, List<String> problems, String licenceNo, LocalDate birthDate,
		LocalDate licensedSince, boolean fullPoints, boolean seriousAccident, boolean drinkDriving,
		boolean criminalRecord, boolean healthFit, LocalDate reviewedOn) {

	public boolean eligible() {
		return problems.isEmpty();
	}

}
