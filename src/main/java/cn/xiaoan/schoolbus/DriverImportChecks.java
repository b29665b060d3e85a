package cn.xiaoan.schoolbus;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import cn.xiaoan.shared.ExcelTable;

/**
 * A driver's row of the imported ledger, read and checked: its cells, then the statutory
 * conditions of the driver (条例 第二十三条), each failed one reported against the column that
 * shows it. A lapsed licence or review is not among them: the ledger records it, and the
 * driver is unavailable until renewed.
 */
final class DriverImportChecks {

	private static final Map<String, String> COLUMN = Map.of("schoolbus.driver.problem.age", LedgerSheets.BIRTH,
			"schoolbus.driver.problem.experience", LedgerSheets.LICENSED_SINCE, "schoolbus.driver.problem.points",
			LedgerSheets.FULL_POINTS, "schoolbus.driver.problem.accident", LedgerSheets.ACCIDENT,
			"schoolbus.driver.problem.drink", LedgerSheets.DRINK, "schoolbus.driver.problem.criminal",
			LedgerSheets.CRIMINAL, "schoolbus.driver.problem.health", LedgerSheets.HEALTH);

	private DriverImportChecks() {
	}

	/**
	 * The driver a row of the drivers sheet names, or null when a cell of the row is a
	 * problem (reported on the row); {@code licences} holds the licence numbers of the
	 * rows read so far, so a licence given twice is a problem of its second row.
	 */
	static RegisterDriver driver(ExcelTable.RowValues row, String schoolName, long school, LocalDate today,
			Map<String, Integer> licences) {
		int before = row.problemCount();
		LedgerImport.ownSchool(row, schoolName);
		String name = row.required(LedgerSheets.NAME, 50);
		String licence = row.required(LedgerSheets.LICENCE_NO, 30);
		if (licence != null) {
			licence = licence.toUpperCase(Locale.ROOT);
			if (licences.putIfAbsent(licence, row.rowNumber()) != null) {
				row.problem(LedgerSheets.LICENCE_NO, "import.value.duplicate", licence);
			}
		}
		LocalDate birth = LedgerSheets.date(row, LedgerSheets.BIRTH, true);
		String licenceClass = row.required(LedgerSheets.LICENCE_CLASS, 10);
		LocalDate since = LedgerSheets.date(row, LedgerSheets.LICENSED_SINCE, true);
		LocalDate expires = LedgerSheets.date(row, LedgerSheets.LICENCE_EXPIRES, true);
		Boolean points = row.yesNo(LedgerSheets.FULL_POINTS);
		Boolean accident = row.yesNo(LedgerSheets.ACCIDENT);
		Boolean drink = row.yesNo(LedgerSheets.DRINK);
		Boolean criminal = row.yesNo(LedgerSheets.CRIMINAL);
		Boolean health = row.text(LedgerSheets.HEALTH).isEmpty() ? Boolean.TRUE : row.yesNo(LedgerSheets.HEALTH);
		LocalDate reviewed = LedgerSheets.date(row, LedgerSheets.REVIEWED_ON, true);
		if (row.problemCount() != before) {
			return null;
		}
		RegisterDriver driver = new RegisterDriver(school, name, licence, birth, licenceClass, since, expires, points,
				accident, drink, criminal, health, reviewed);
		if (reviewed.isAfter(today) || !birth.isBefore(since)) {
			row.problem(reviewed.isAfter(today) ? LedgerSheets.REVIEWED_ON : LedgerSheets.LICENSED_SINCE,
					"schoolbus.driver.dates.invalid", "");
			return null;
		}
		statutory(row, driver.conditions(), today);
		return row.problemCount() == before ? driver : null;
	}

	static void statutory(ExcelTable.RowValues row, DriverConditions conditions, LocalDate today) {
		for (String problem : conditions.problems(today)) {
			String column = COLUMN.get(problem);
			if (column != null) {
				row.problem(column, problem, row.text(column));
			}
		}
	}

}
