package cn.xiaoan.audit;

import cn.xiaoan.shared.DownloadName;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.Region;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.ExcelExport;
import cn.xiaoan.shared.RegionCode;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The audit log page and its Excel export, with the same filters. */
@Controller
class AuditController {

	private final AuditLog log;

	private final AuditLabels labels;

	private final OrgManagement org;

	private final Clock clock;

	private final AuditVerification verification;

	private final AuditVerificationText verificationText;

	AuditController(AuditLog log, AuditLabels labels, OrgManagement org, Clock clock, AuditVerification verification,
			AuditVerificationText verificationText) {
		this.log = log;
		this.labels = labels;
		this.org = org;
		this.clock = clock;
		this.verification = verification;
		this.verificationText = verificationText;
	}

	@GetMapping("/audit")
	String page(@ModelAttribute("query") AuditQuery query, Locale locale, Model model) {
		model.addAttribute("result", log.page(query, locale));
		model.addAttribute("kinds", labels.kinds(locale));
		model.addAttribute("actions", labels.actions(locale));
		List<Region> regions = org.regionsInScope();
		model.addAttribute("regions", regions);
		model.addAttribute("schools", schoolsToChoose(query, regions));
		model.addAttribute("mayVerify", Callers.current().can(AuditVerification.AUDIT_VERIFY));
		return "audit/entries";
	}

	/** The system administrator verifies the hash chain; the page shows the result. */
	@PostMapping("/audit/verify")
	String verify(Locale locale, RedirectAttributes flash) {
		AuditVerification.Result result = verification.verifyForCaller();
		flash.addFlashAttribute("verificationIntact", result.intact());
		flash.addFlashAttribute("verification", verificationText.of(result, locale));
		return "redirect:/audit";
	}

	@GetMapping("/audit/export")
	void export(@ModelAttribute("query") AuditQuery query, Locale locale, HttpServletResponse response)
			throws IOException {
		List<AuditRow> rows = log.exportRows(query, locale);
		ExcelExport.prepareDownload(response,
				DownloadName.of(org.callerUnitName(), labels.text("audit.export.file", locale), clock, ".xlsx"));
		log.write(rows, locale, response.getOutputStream());
	}

	/**
	 * The schools of a county or township (the chosen one, or the caller's own): a list
	 * short enough to choose from; above a county the region filter narrows first.
	 */
	private List<SchoolSummary> schoolsToChoose(AuditQuery query, List<Region> regions) {
		String region = query.region() != null ? query.region() : regions.isEmpty() ? null : regions.get(0).code();
		if (region == null || !RegionCode.isValid(region) || RegionCode.of(region).level() == RegionCode.Level.CITY
				|| RegionCode.of(region).level() == RegionCode.Level.PROVINCE
				|| !Callers.current().scope().coversRegion(region)) {
			return List.of();
		}
		return org.schoolsInScope(new SchoolQuery("", null, region, 0, 200, "code"));
	}

}
