package cn.xiaoan.schoolbus;

import java.util.List;

/** The ledger's sheet columns for tests outside the package (browser journeys). */
public final class LedgerSheetsAccess {

	private LedgerSheetsAccess() {
	}

	public static List<String> vehicleHeaders() {
		return LedgerSheets.VEHICLE_HEADERS;
	}

}
