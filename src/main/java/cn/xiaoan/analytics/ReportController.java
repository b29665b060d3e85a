package cn.xiaoan.analytics;

import java.util.Locale;

import cn.xiaoan.shared.DownloadName;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The archive of reports: generate one for the caller's region, list, download. */
@Controller
class ReportController {

	private final ReportManagement reports;

	private final AnalyticsManagement analytics;

	private final MessageSource messages;

	ReportController(ReportManagement reports, AnalyticsManagement analytics, MessageSource messages) {
		this.reports = reports;
		this.analytics = analytics;
		this.messages = messages;
	}

	@GetMapping("/analytics/reports")
	String list(Model model) {
		model.addAttribute("reports", reports.list());
		model.addAttribute("own", analytics.region(null));
		model.addAttribute("periods",
				Period.choices(analytics.today())
					.stream()
					.filter(p -> p.kind() == Period.Kind.QUARTER || p.kind() == Period.Kind.YEAR)
					.toList());
		return "analytics/reports";
	}

	@PostMapping("/analytics/reports")
	String generate(@RequestParam(required = false) String period, RedirectAttributes redirect) {
		long id = reports.generate(period);
		redirect.addFlashAttribute("generated", id);
		return "redirect:/analytics/reports";
	}

	@GetMapping("/analytics/reports/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return file(id, true);
	}

	@GetMapping("/analytics/reports/{id}/xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id) {
		return file(id, false);
	}

	private ResponseEntity<byte[]> file(long id, boolean pdf) {
		byte[] bytes = reports.file(id, pdf);
		Report r = reports.report(id);
		Locale zh = Locale.SIMPLIFIED_CHINESE;
		DownloadName name = new DownloadName(
				r.unitName() + messages.getMessage(r.period().labelKey(), r.period().labelArgs(), zh)
						+ messages.getMessage("analytics.report.file", null, zh) + (pdf ? ".pdf" : ".xlsx"));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, pdf ? name.inline() : name.attachment())
			.contentType(MediaType.parseMediaType(pdf ? DownloadName.PDF : DownloadName.XLSX))
			.body(bytes);
	}

}
