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
		ExcelExport.write(response.getOutputStream(), "校车", List
			.of("车牌号", "学校", "运营单位", "车型", "核定载人数", "校车标牌号", "标牌有效期至", "下次安全检验", "承运人责任险单号", "保险到期", "安全设备齐全", "能否运行"),
				rows,
				v -> Arrays.asList(v.plate(), v.schoolName(), v.operator(), v.model(), v.seats(), v.permitNo(),
						date(v.permitExpires()), date(v.inspectionDue()), v.insuranceNo(), date(v.insuranceExpires()),
						v.equipmentOk() ? "是" : "否", v.available() ? "可以运行" : "停运"));
	}

	@GetMapping("/drivers/export")
	void drivers(HttpServletResponse response) throws IOException {
		List<DriverRow> rows = fleet.drivers();
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), "校车驾驶人台账", clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), "驾驶人",
				List.of("姓名", "学校", "年龄", "准驾车型", "驾驶证有效期至", "下次审验", "是否符合条件"), rows,
				d -> Arrays.asList(d.name(), d.schoolName(), d.age(), d.licenceClass(), date(d.licenceExpires()),
						date(d.reviewDue()), d.eligible() ? "符合" : "不符合"));
	}

	@GetMapping("/escorts/export")
	void escorts(HttpServletResponse response) throws IOException {
		List<EscortRow> rows = fleet.escorts();
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), "随车照管人员台账", clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), "随车照管人员", List.of("姓名", "学校", "照管线路数"), rows,
				e -> Arrays.asList(e.name(), e.schoolName(), e.routes()));
	}

	private static String date(java.time.LocalDate day) {
		return day == null ? "" : day.toString();
	}

}
