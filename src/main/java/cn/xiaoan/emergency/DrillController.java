package cn.xiaoan.emergency;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.ExcelExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The drill ledger (应急演练台账), the drill form and a drill's page. */
@Controller
@RequestMapping("/drills")
class DrillController {

	private final DrillManagement drills;

	private final PlanManagement plans;

	private final EmergencyExports exports;

	private final OrgManagement org;

	private final Clock clock;

	DrillController(DrillManagement drills, PlanManagement plans, EmergencyExports exports, OrgManagement org,
			Clock clock) {
		this.drills = drills;
		this.plans = plans;
		this.exports = exports;
		this.org = org;
		this.clock = clock;
	}

	/**
	 * The drills of a month (this one by default), 超时 ones flagged; {@code overtime}
	 * shows only those.
	 */
	@GetMapping
	String list(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) String region, @RequestParam(required = false) Long schoolId,
			@RequestParam(defaultValue = "false") boolean overtime, Model model) {
		CurrentUser me = Callers.current().require(PlanManagement.EMERGENCY_READ);
		YearMonth m = month == null ? YearMonth.now(clock) : month;
		List<DrillRow> rows = drills.drills(region, schoolId, m.atDay(1), m.atEndOfMonth(), overtime);
		model.addAttribute("drills", rows);
		model.addAttribute("month", m);
		model.addAttribute("previous", m.minusMonths(1));
		model.addAttribute("next", m.plusMonths(1));
		model.addAttribute("overtime", overtime);
		model.addAttribute("overtimeCount", rows.stream().filter(DrillRow::overtime).count());
		model.addAttribute("bureau", me.scope().kind() != DataScope.Kind.SCHOOL);
		model.addAttribute("region", region);
		model.addAttribute("schoolId", schoolId);
		return "emergency/drills";
	}

	@GetMapping("/new")
	String form(Model model) {
		CurrentUser me = Callers.current().require(PlanManagement.EMERGENCY_MANAGE);
		// the school is picked by fragments/school-picker; a plan to
		// link is offered to a school's own staff, who alone record drills
		model.addAttribute("plans",
				me.scope().kind() == DataScope.Kind.SCHOOL ? plans.planSet(me.scope().schoolId()) : List.of());
		model.addAttribute("today", LocalDate.now(clock));
		return "emergency/drill-form";
	}

	@PostMapping
	String record(@Valid RecordDrill command, RedirectAttributes redirect) {
		DrillRow drill = drills.record(command);
		redirect.addFlashAttribute("message", drill.held() ? "emergency.drill.recorded" : "emergency.drill.planned");
		return "redirect:/drills/" + drill.id();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("view", drills.drill(id));
		return "emergency/drill";
	}

	@PostMapping("/{id}/result")
	String result(@PathVariable long id, @Valid DrillResult result, RedirectAttributes redirect) {
		drills.result(id, result);
		redirect.addFlashAttribute("message", "emergency.drill.recorded");
		return "redirect:/drills/" + id;
	}

	/** One click: the problem becomes a hazard of the school's ledger. */
	@PostMapping("/{id}/problems/{problemId}/hazard")
	String openHazard(@PathVariable long id, @PathVariable long problemId, RedirectAttributes redirect) {
		long hazard = drills.openHazard(id, problemId);
		redirect.addFlashAttribute("message", "emergency.drill.hazardopened");
		return "redirect:/drills/" + id + "#problem-" + problemId + "-hazard-" + hazard;
	}

	@PostMapping("/{id}/photos")
	String photo(@PathVariable long id, @RequestParam("photo") MultipartFile photo, RedirectAttributes redirect)
			throws IOException {
		drills.attachPhoto(id, photo.getBytes(), photo.getOriginalFilename());
		redirect.addFlashAttribute("message", "emergency.drill.photoadded");
		return "redirect:/drills/" + id;
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) String region, @RequestParam(required = false) Long schoolId,
			HttpServletResponse response) throws IOException {
		Callers.current().require(PlanManagement.EMERGENCY_READ);
		YearMonth m = month == null ? YearMonth.now(clock) : month;
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(),
				"应急演练台账（" + m.getYear() + "年" + m.getMonthValue() + "月）", clock, ".xlsx"));
		exports.drills(region, schoolId, m.atDay(1), m.atEndOfMonth(), response.getOutputStream());
	}

}
