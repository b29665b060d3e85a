package cn.xiaoan.schoolbus;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.ExcelExport;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The county ledger as workbooks, each within the caller's scope, with Chinese columns
 * whatever the reader's language: the files go to other offices. No student names.
 */
@Controller
@RequestMapping("/school-buses")
class SchoolBusExportController {

	private final Fleet fleet;

	private final OrgManagement org;

	private final Clock clock;

	SchoolBusExportController(Fleet fleet, OrgManagement org, Clock clock) {
		this.fleet = fleet;
		this.org = org;
		this.clock = clock;
	}

	@GetMapping("/vehicles/export")
	void vehicles(HttpServletResponse response) throws IOException {
		List<VehicleRow> rows = fleet.vehicles();
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), "校车台账", clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), "校车", LedgerSheets.VEHICLE_HEADERS, rows,
				SchoolBusExportController::vehicle);
	}

	@GetMapping("/drivers/export")
	void drivers(HttpServletResponse response) throws IOException {
		List<DriverRow> rows = fleet.drivers();
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), "校车驾驶人台账", clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), "驾驶人", LedgerSheets.DRIVER_HEADERS, rows,
				SchoolBusExportController::driver);
	}

	@GetMapping("/escorts/export")
	void escorts(HttpServletResponse response) throws IOException {
		List<EscortRow> rows = fleet.escorts();
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), "随车照管人员台账", clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), "随车照管人员", LedgerSheets.ESCORT_HEADERS, rows,
				SchoolBusExportController::escort);
	}

	static List<Object> vehicle(VehicleRow v) {
		return Arrays.asList(v.plate(), v.schoolName(), v.operator(), v.model(), v.seats(), v.permitNo(),
				date(v.permitExpires()), date(v.inspectionDue()), v.insuranceNo(), date(v.insuranceExpires()),
				v.equipmentOk() ? "是" : "否", v.available() ? "可以运行" : "停运");
	}

	static List<Object> driver(DriverRow d) {
		return Arrays.asList(d.name(), d.schoolName(), d.licenceNo(), date(d.birthDate()), d.licenceClass(),
				date(d.licensedSince()), date(d.licenceExpires()), yes(d.fullPoints()), yes(d.seriousAccident()),
				yes(d.drinkDriving()), yes(d.criminalRecord()), yes(d.healthFit()), date(d.reviewedOn()), d.age(),
				date(d.reviewDue()), d.eligible() ? "符合" : "不符合");
	}

	static List<Object> escort(EscortRow e) {
		return Arrays.asList(e.name(), e.schoolName(), e.routes());
	}

	private static String yes(boolean value) {
		return value ? "是" : "否";
	}

	private static String date(java.time.LocalDate day) {
		return day == null ? "" : day.toString();
	}

}
