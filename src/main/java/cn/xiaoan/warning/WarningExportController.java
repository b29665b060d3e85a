package cn.xiaoan.warning;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.ExcelExport;
import cn.xiaoan.shared.SchoolPeriodQuery;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Excel of the warning ledger (台账) and of one warning's acknowledgement table, in the
 * reader's language, through the same module calls (and scope checks) as the pages.
 */
@Controller
@RequestMapping("/warnings")
class WarningExportController {

	/** The acknowledgement table is read this many lines at a time. */
	static final int CHUNK = 5000;

	private final WarningManagement warnings;

	private final OrgManagement org;

	private final MessageSource messages;

	private final WarningTimes times;

	private final Clock clock;

	private final SchoolWarnings schoolWarnings;

	WarningExportController(WarningManagement warnings, OrgManagement org, MessageSource messages, WarningTimes times,
			Clock clock, SchoolWarnings schoolWarnings) {
		this.warnings = warnings;
		this.schoolWarnings = schoolWarnings;
		this.org = org;
		this.messages = messages;
		this.times = times;
		this.clock = clock;
	}

	/**
	 * The ledger; with a school, the warnings it received over the span of days, with its
	 * acknowledgement and whether it came on time (as the page lists them).
	 */
	@GetMapping("/export")
	void ledger(SchoolPeriodQuery query, HttpServletResponse response) throws IOException {
		if (query.named()) {
			school(schoolWarnings.of(query.schoolId(), query.from(), query.to()), response);
			return;
		}
		List<WarningSummary> rows = warnings.list();
		Locale l = LocaleContextHolder.getLocale();
		ExcelExport.prepareDownload(response,
				DownloadName.of(org.callerUnitName(), text("warning.export.ledgerName", l), clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), text("warning.export.ledgerName", l), List.of(
				text("warning.title", l), text("warning.level", l), text("warning.kind",
						l),
				text("warning.issuer", l), text("warning.issuedAt", l), text("warning.validUntil", l),
				text("warning.filter.ALL", l), text("warning.filter.ACKNOWLEDGED", l), text("warning.filter.LATE", l)),
				rows,
				w -> List.of(w.title(), text(w.level().messageKey(), l), text(w.kind().messageKey(), l), w.issuerName(),
						times.format(w.issuedAt()), times.format(w.validUntil()), w.targets(), w.acknowledged(),
						w.late()));
	}

	@GetMapping("/{id}/export")
	void acknowledgements(@PathVariable long id, @RequestParam(required = false) String region,
			HttpServletResponse response) throws IOException {
		WarningDetail detail = warnings.detail(id);
		Progress progress = warnings.progress(id, region);
		List<Acknowledgement> lines = new ArrayList<>();
		for (int page = 0;; page++) {
			List<Acknowledgement> chunk = warnings.lines(id, progress.region().prefix(), "ALL", page, CHUNK);
			lines.addAll(chunk);
			if (chunk.size() < CHUNK) {
				break;
			}
		}
		Locale l = LocaleContextHolder.getLocale();
		String name = text("warning.export.acknowledgementsName", l);
		ExcelExport.prepareDownload(response, DownloadName.of(detail.summary().title(), name, clock, ".xlsx"));
		int actions = detail.actions().size();
		ExcelExport.write(response.getOutputStream(), name, List.of(text("warning.school", l),
				text("warning.ack.status", l), text("warning.ack.at", l), text("warning.ack.byLabel",
						l),
				text("warning.ack.actions", l), text("warning.ack.note", l), text("warning.chasedAt", l)), lines,
				a -> List.of(a.schoolName(),
						text(a.acknowledged() ? "warning.ack.done"
								: a.late() ? "warning.ack.late" : "warning.ack.pending", l),
						times.format(a.acknowledgedAt()), a.acknowledgedBy() == null ? "" : a.acknowledgedBy(),
						a.acknowledged() ? a.actionsDone() + "/" + actions : "", a.note(), times.format(a.chasedAt())));
	}

	private void school(SchoolWarnings.Received received, HttpServletResponse response) throws IOException {
		Locale l = LocaleContextHolder.getLocale();
		String name = text("warning.export.ledgerName", l);
		ExcelExport.prepareDownload(response, DownloadName.of(received.filter().schoolName(), name, clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), name,
				List.of(text("warning.title", l), text("warning.level", l), text("warning.kind", l),
						text("warning.issuer", l), text("warning.issuedAt", l), text("warning.ack.status", l),
						text("warning.ack.at", l), text("warning.export.onTime", l)),
				received.rows(), r -> {
					WarningSummary w = r.warning();
					return List.of(w.title(), text(w.level().messageKey(), l), text(w.kind().messageKey(), l),
							w.issuerName(), times.format(w.issuedAt()),
							text(w.acknowledgedAt() != null ? "warning.ack.done"
									: w.late() > 0 ? "warning.ack.late" : "warning.ack.pending", l),
							times.format(w.acknowledgedAt()), text(r.onTime() ? "common.yes" : "common.no", l));
				});
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
