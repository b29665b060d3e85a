package cn.xiaoan.schoolbus;

import java.time.LocalDate;
import java.util.List;

/** A vehicle of the ledger and what keeps it off the road today ({@code problems}). */
public record VehicleRow(long id, long schoolId, String schoolName, String plate, String operator, String model,
		int seats, String permitNo, LocalDate permitExpires, LocalDate inspectionDue, String insuranceNo,
		LocalDate insuranceExpires, boolean equipmentOk, List<String> problems) {

	public boolean available() {
		return problems.isEmpty();
	}

}
