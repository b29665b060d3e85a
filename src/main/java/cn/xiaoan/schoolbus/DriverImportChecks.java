package cn.xiaoan.schoolbus;

import java.time.LocalDate;
import java.util.Map;

import cn.xiaoan.shared.ExcelTable;

/**
 * The statutory conditions of a driver's row (条例 第二十三条), each failed one reported against
 * the column that shows it. A lapsed licence or review is not among them: the ledger
 * records it, and the driver is unavailable until renewed.
 */
final class DriverImportChecks {

	private static final Map<String, String> COLUMN = Map.of("schoolbus.driver.problem.age", LedgerSheets.BIRTH,
			"schoolbus.driver.problem.experience", LedgerSheets.LICENSED_SINCE, "schoolbus.driver.problem.points",
			LedgerSheets.FULL_POINTS, "schoolbus.driver.problem.accident", LedgerSheets.ACCIDENT,
			"schoolbus.driver.problem.drink", LedgerSheets.DRINK, "schoolbus.driver.problem.criminal",
			LedgerSheets.CRIMINAL, "schoolbus.driver.problem.health", LedgerSheets.HEALTH);

	private DriverImportChecks() {
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
