package cn.xiaoan.schoolbus;

import java.time.LocalDate;
import java.util.List;

/**
 * A driver of the ledger; {@code name} is blank for a partner department, which sees no
 * personal names.
 */
public record DriverRow(long id, long schoolId, String schoolName, String name, String licenceClass, int age,
		LocalDate licenceExpires, LocalDate reviewDue, List<String> problems) {

	public boolean eligible() {
		return problems.isEmpty();
	}

}
