package cn.xiaoan.liaison;

import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Excel of the 法治副校长 register and of the clues (台账), in the reader's language, through
 * the same module calls and scope checks as the pages. A clue's students appear as grade,
 * initials and part only.
 */
@Controller
@RequestMapping("/liaison")
class LiaisonExportController {

	private static final DateTimeFormatter MINUTE = ClueView.MINUTE;

	private final LiaisonManagement liaison;

	private final ClueManagement clues;

	private final OrgManagement org;

	private final MessageSource messages;

	private final Clock clock;

	LiaisonExportController(LiaisonManagement liaison, ClueManagement clues, OrgManagement org, MessageSource messages,
			Clock clock) {
		this.liaison = liaison;
		this.clues = clues;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/deputies/export")
	void register(HttpServletResponse response) throws IOException {
		List<DeputyView> rows = liaison.appointments();
		Locale l = LocaleContextHolder.getLocale();
		Map<String, String> regions = org.regionNames();
		String name = text("liaison.export.deputiesName", l);
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), name, clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), name, List.of(text("liaison.region", l),
				text("liaison.school", l), text("liaison.deputy.name", l), text("liaison.deputy.policeUnit", l),
				text("liaison.deputy.phone", l), text("liaison.deputy.startsOn", l), text("liaison.deputy.endsOn", l),
				text("liaison.deputy.status", l), text("liaison.deputy.duties", l), text("liaison.deputy.lastDuty", l)),
				rows,
				d -> List.of(regions.getOrDefault(d.regionCode(), d.regionCode()), d.schoolName(), d.name(),
						d.policeUnit(), d.phone(), d.startsOn().toString(), d.endsOn().toString(),
						text(d.status().messageKey(), l), d.duties(),
						d.lastDutyOn() == null ? "" : d.lastDutyOn().toString()));
	}

	@GetMapping("/clues/export")
	void clues(HttpServletResponse response) throws IOException {
		List<ClueView> rows = clues.list(null, null, false);
		Locale l = LocaleContextHolder.getLocale();
		String name = text("liaison.export.cluesName", l);
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), name, clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), name, List.of(text("liaison.clue.number", l),
				text("liaison.clue.unit", l), text("liaison.clue.station", l), text("liaison.clue.category", l),
				text("liaison.clue.happenedAt", l), text("liaison.clue.place", l), text("liaison.clue.what", l),
				text("liaison.clue.students", l), text("liaison.clue.adults", l), text("liaison.clue.relatedCase", l),
				text("liaison.clue.state", l), text("liaison.clue.forwardedAt", l),
				text("liaison.clue.acknowledgedAt", l), text("liaison.clue.late", l), text("liaison.clue.outcome", l)),
				rows,
				c -> List.of(c.id(), c.unitName(),
						c.stationName() == null ? text("liaison.station.unassigned", l) : c.stationName(),
						text(c.category().messageKey(), l),
						c.happenedAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), c.place(), c.what(),
						students(c.students(), l), c.adults(), c.relatedCase(), text(c.state().messageKey(), l),
						MINUTE.format(c.forwardedAt()),
						c.acknowledgedAt() == null ? "" : MINUTE.format(c.acknowledgedAt()),
						text(c.late() ? "common.yes" : "common.no", l),
						c.outcome() == null ? "" : text(c.outcome().messageKey(), l)));
	}

	private String students(List<InvolvedStudent> students, Locale l) {
		return students.stream()
			.map(s -> s.grade() + " " + s.initials() + " " + text(s.part().messageKey(), l))
			.collect(Collectors.joining(text("liaison.list.separator", l)));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
