package cn.xiaoan.institutions;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.ExcelExport;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Excel of each register (台账): the institutions, the open rectifications, the
 * resettlement groups of open bans — in the reader's language, through the same module
 * calls (and scope checks) as the pages.
 */
@Controller
@RequestMapping("/institutions")
class InstitutionsExportController {

	private final InstitutionsManagement institutions;

	private final InstitutionChecks checks;

	private final OrgManagement org;

	private final MessageSource messages;

	private final Clock clock;

	InstitutionsExportController(InstitutionsManagement institutions, InstitutionChecks checks, OrgManagement org,
			MessageSource messages, Clock clock) {
		this.institutions = institutions;
		this.checks = checks;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/export")
	void register(HttpServletResponse response) throws IOException {
		List<InstitutionSummary> rows = institutions.list(null);
		Locale l = LocaleContextHolder.getLocale();
		Map<String, String> names = org.regionNames();
		String name = text("institutions.export.registerName", l);
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), name, clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), name, List.of(text("institutions.township", l),
				text("institutions.name", l), text("institutions.licenceNo", l), text("institutions.creditCode", l),
				text("institutions.address", l), text("institutions.subjects",
						l),
				text("institutions.capacity", l), text("institutions.responsiblePerson", l),
				text("institutions.phone", l), text("institutions.status", l), text("institutions.lastInspected", l)),
				rows,
				i -> List.of(names.getOrDefault(i.regionCode(), i.regionCode()), i.name(),
						i.licensed() ? i.licenceNo() : text("institutions.unlicensed", l), i.creditCode(), i.address(),
						String.join(text("institutions.separator", l),
								i.subjects().stream().map(s -> text(s.messageKey(), l)).toList()),
						i.capacity(), i.responsiblePerson(), i.phone(), text(i.status().messageKey(), l),
						i.lastInspectedOn() == null ? "" : i.lastInspectedOn().toString()));
	}

	@GetMapping("/rectifications/export")
	void rectifications(HttpServletResponse response) throws IOException {
		List<RectificationView> rows = checks.openRectifications();
		Locale l = LocaleContextHolder.getLocale();
		Map<String, String> names = org.regionNames();
		String name = text("institutions.export.rectificationsName", l);
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), name, clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), name,
				List.of(text("institutions.township", l), text("institutions.name", l),
						text("institutions.deadline", l), text("institutions.rectification.state", l),
						text("institutions.overdue", l), text("institutions.evidence", l)),
				rows,
				r -> List.of(names.getOrDefault(r.regionCode(), r.regionCode()), r.institutionName(),
						r.deadline().toString(), text(r.status().messageKey(), l),
						text(r.overdue() ? "common.yes" : "common.no", l), r.evidence()));
	}

	@GetMapping("/resettlements/export")
	void resettlements(HttpServletResponse response) throws IOException {
		List<BanView> bans = checks.openResettlements();
		record Row(BanView ban, ResettlementView item) {
		}
		List<Row> rows = bans.stream().flatMap(b -> b.items().stream().map(i -> new Row(b, i))).toList();
		Locale l = LocaleContextHolder.getLocale();
		Map<String, String> names = org.regionNames();
		String name = text("institutions.export.resettlementsName", l);
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), name, clock, ".xlsx"));
		ExcelExport.write(
				response.getOutputStream(), name, List
					.of(text("institutions.township", l), text("institutions.name", l),
							text("institutions.bannedOn", l), text("institutions.resettlement.method", l),
							text("institutions.resettlement.origin", l), text("institutions.resettlement.students",
									l),
							text("institutions.resettlement.refund", l), text("institutions.resettlement.state", l),
							text("institutions.resettlement.outcome", l)),
				rows,
				r -> List.of(names.getOrDefault(r.ban().regionCode(), r.ban().regionCode()), r.ban().institutionName(),
						r.ban().bannedOn().toString(), text(r.item().method().messageKey(), l), r.item().originSchool(),
						r.item().students(), r.item().refund().toPlainString(),
						text(r.item().done() ? "institutions.resettlement.done" : "institutions.resettlement.open", l),
						r.item().outcome()));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
