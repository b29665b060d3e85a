package cn.xiaoan.waters;

import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.ExcelExport;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Excel of the key waters register and of the patrols (台账), in the reader's language,
 * through the same module calls (and scope checks) as the pages.
 */
@Controller
@RequestMapping("/waters")
class WatersExportController {

	static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final WatersManagement waters;

	private final PatrolManagement patrols;

	private final OrgManagement org;

	private final MessageSource messages;

	private final Clock clock;

	WatersExportController(WatersManagement waters, PatrolManagement patrols, OrgManagement org, MessageSource messages,
			Clock clock) {
		this.waters = waters;
		this.patrols = patrols;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/export")
	void register(HttpServletResponse response) throws IOException {
		List<WaterSummary> rows = waters.list();
		Locale l = LocaleContextHolder.getLocale();
		Map<String, String> names = org.regionNames();
		String name = text("waters.export.registerName", l);
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), name, clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), name, List.of(text("waters.township", l), text("waters.name", l),
				text("waters.kind", l), text("waters.riskLevel", l), text("waters.ownerUnit", l),
				text("waters.ownerPerson", l), text("waters.signs", l), text("waters.schools",
						l),
				text("waters.patrols", l), text("waters.openFindings", l), text("waters.lastPatrol", l)), rows,
				w -> List.of(names.getOrDefault(w.regionCode(), w.regionCode()), w.name(),
						text(w.kind().messageKey(), l), text(w.riskLevel().messageKey(), l), w.ownerUnit(),
						w.ownerPerson(), w.signs(), w.schools(), w.patrols(), w.openFindings(),
						w.lastPatrolAt() == null ? "" : MINUTE.format(w.lastPatrolAt())));
	}

	@GetMapping("/patrols/export")
	void patrols(HttpServletResponse response) throws IOException {
		List<Patrol> rows = patrols.patrols(5000);
		Locale l = LocaleContextHolder.getLocale();
		String name = text("waters.export.patrolsName", l);
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), name, clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), name, List.of(
				text("waters.name", l), text("waters.patrol.at",
						l),
				text("waters.patrol.by", l), text("waters.patrol.position", l), text("waters.patrol.findings", l),
				text("waters.patrol.note", l), text("waters.patrol.photos", l)), rows,
				p -> List.of(p.waterName(), MINUTE.format(p.patrolledAt()), p.byName(),
						p.latitude() == null ? ""
								: String.format(Locale.ROOT, "%.5f, %.5f", p.latitude(), p.longitude()),
						String.join(", ", p.findings().stream().map(f -> text(f.messageKey(), l)).toList()), p.note(),
						p.photos().size()));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
