package cn.xiaoan.schoolbus;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.ExcelExport;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A school's upload of its ledger sheets: the template of each sheet (the export's
 * columns with an example row), the upload page, and the report of every bad cell.
 */
@Controller
@RequestMapping("/school-buses")
class SchoolBusImportController {

	private final LedgerImport imports;

	private final OrgManagement org;

	private final Clock clock;

	SchoolBusImportController(LedgerImport imports, OrgManagement org, Clock clock) {
		this.imports = imports;
		this.org = org;
		this.clock = clock;
	}

	@GetMapping("/vehicles/import")
	String vehicleForm(Model model) {
		return form("vehicles", model);
	}

	@PostMapping("/vehicles/import")
	String importVehicles(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		return uploaded("vehicles", file, imports::vehicles, model);
	}

	@GetMapping("/vehicles/import/template")
	void vehicleTemplate(HttpServletResponse response) throws IOException {
		template(response, "校车导入模板", "校车", LedgerSheets.VEHICLE_HEADERS,
				Arrays.asList("桂D·X0001", "", "某某校车服务有限公司", "宇通ZK6729DX", 36, "450422-0001", "2027-08-31", "2026-12-31",
						"PDAA2026450400001", "2027-06-30", "是", ""));
	}

	@GetMapping("/drivers/import")
	String driverForm(Model model) {
		return form("drivers", model);
	}

	@PostMapping("/drivers/import")
	String importDrivers(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		return uploaded("drivers", file, imports::drivers, model);
	}

	@GetMapping("/drivers/import/template")
	void driverTemplate(HttpServletResponse response) throws IOException {
		template(response, "校车驾驶人导入模板", "驾驶人", LedgerSheets.DRIVER_HEADERS,
				Arrays.asList("王建军", "", "450422198003150012", "1980-03-15", "A1", "2005-06-01", "2030-06-01", "否", "否",
						"否", "否", "是", "2026-03-01", "", "", ""));
	}

	@GetMapping("/escorts/import")
	String escortForm(Model model) {
		return form("escorts", model);
	}

	@PostMapping("/escorts/import")
	String importEscorts(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		return uploaded("escorts", file, imports::escorts, model);
	}

	@GetMapping("/escorts/import/template")
	void escortTemplate(HttpServletResponse response) throws IOException {
		template(response, "随车照管人员导入模板", "随车照管人员", LedgerSheets.ESCORT_HEADERS, Arrays.asList("陈丽", "", ""));
	}

	private String form(String sheet, Model model) {
		imports.school();
		model.addAttribute("sheet", sheet);
		return "schoolbus/import";
	}

	private String uploaded(String sheet, MultipartFile file, Function<InputStream, LedgerImport.Result> reader,
			Model model) throws IOException {
		imports.school();
		try (InputStream in = file.getInputStream()) {
			model.addAttribute("result", reader.apply(in));
		}
		return form(sheet, model);
	}

	private void template(HttpServletResponse response, String title, String sheetName, List<String> headers,
			List<Object> example) throws IOException {
		long school = imports.school();
		List<Object> row = new java.util.ArrayList<>(example);
		row.set(1, org.findSchool(school).map(s -> s.name()).orElse(""));
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), title, clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), sheetName, headers, List.of(row), r -> r);
	}

}
