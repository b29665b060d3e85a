package cn.xiaoan.liaison;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.ExcelExport;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The register of police stations in Excel: the export (Chinese headers, which the import
 * reads, so an exported register is also the import's template) and the import, where a
 * bad row is reported by row and column and nothing is saved.
 */
@Controller
@RequestMapping("/liaison/stations")
class StationSheetController {

	/** The register's columns (message keys); the import reads those it needs. */
	static final List<String> COLUMNS = List.of("liaison.station.name", "liaison.station.county",
			"liaison.station.address", "liaison.station.phone", "liaison.station.townships", "liaison.station.schools",
			"liaison.station.officers", "liaison.station.officerNames");

	private final StationManagement stations;

	private final StationImport spreadsheet;

	private final OrgManagement org;

	private final MessageSource messages;

	private final Clock clock;

	StationSheetController(StationManagement stations, StationImport spreadsheet, OrgManagement org,
			MessageSource messages, Clock clock) {
		this.stations = stations;
		this.spreadsheet = spreadsheet;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/export")
	void export(HttpServletResponse response) throws IOException {
		List<StationView> rows = stations.list();
		Locale l = LocaleContextHolder.getLocale();
		Map<String, String> regions = org.regionNames();
		String name = messages.getMessage("liaison.export.stationsName", null, l);
		String separator = messages.getMessage("liaison.station.separator", null, l);
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), name, clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), name,
				COLUMNS.stream().map(k -> messages.getMessage(k, null, l)).toList(), rows,
				s -> List.of(s.name(), regions.getOrDefault(s.countyCode(), s.countyCode()), s.address(), s.phone(),
						names(s.townships(), separator), names(s.schools(), separator),
						String.join(separator, stations.usernames(s)), names(s.officers(), separator)));
	}

	@GetMapping("/import")
	String importForm() {
		stations.county(null);
		return "liaison/station-import";
	}

	@PostMapping("/import")
	String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		model.addAttribute("result", spreadsheet.read(file.getInputStream()));
		return "liaison/station-import";
	}

	private static String names(List<StationView.Named> names, String separator) {
		return names.stream().map(StationView.Named::name).collect(Collectors.joining(separator));
	}

}
