package cn.xiaoan.emergency;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.ExcelExport;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Drill compliance (演练达标情况) per region with drill-down to the schools, the schools
 * without a drill this period (本期未演练) and the one-click reminders.
 */
@Controller
@RequestMapping("/drills/compliance")
class ComplianceController {

	private final DrillCompliance compliance;

	private final EmergencyExports exports;

	private final OrgManagement org;

	private final Clock clock;

	ComplianceController(DrillCompliance compliance, EmergencyExports exports, OrgManagement org, Clock clock) {
		this.compliance = compliance;
		this.exports = exports;
		this.org = org;
		this.clock = clock;
	}

	@GetMapping
	String table(@RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
		ComplianceTable table = compliance.table(region, month);
		model.addAttribute("table", table);
		model.addAttribute("previous", table.month().minusMonths(1));
		model.addAttribute("next", table.month().plusMonths(1));
		model.addAttribute("thisMonth", YearMonth.now(clock));
		model.addAttribute("supervise", Callers.current().can(PlanManagement.EMERGENCY_SUPERVISE));
		return "emergency/compliance";
	}

	@PostMapping("/remind")
	String remind(@RequestParam long schoolId,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) String region, RedirectAttributes redirect) {
		boolean sent = compliance.remind(schoolId, month);
		redirect.addFlashAttribute("message", sent ? "emergency.compliance.reminded" : "emergency.compliance.already");
		return back(region, month);
	}

	@PostMapping("/remind-all")
	String remindAll(@RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			RedirectAttributes redirect) {
		int sent = compliance.remindAll(region, month);
		redirect.addFlashAttribute("message", "emergency.compliance.remindedall");
		redirect.addFlashAttribute("messageArgs", new Object[] { sent });
		return back(region, month);
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			HttpServletResponse response) throws IOException {
		Callers.current().require(PlanManagement.EMERGENCY_READ);
		YearMonth m = month == null ? YearMonth.now(clock) : month;
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(),
				"应急演练达标情况（" + m.getYear() + "年" + m.getMonthValue() + "月）", clock, ".xlsx"));
		exports.compliance(region, m, response.getOutputStream());
	}

	private static String back(String region, YearMonth month) {
		return "redirect:" + UriComponentsBuilder.fromPath("/drills/compliance")
			.queryParamIfPresent("region", java.util.Optional.ofNullable(region).filter(r -> !r.isBlank()))
			.queryParamIfPresent("month", java.util.Optional.ofNullable(month))
			.build()
			.toUriString() + "#missing";
	}

}
