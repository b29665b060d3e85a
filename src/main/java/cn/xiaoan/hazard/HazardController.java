package cn.xiaoan.hazard;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.ExcelExport;
import cn.xiaoan.shared.SafetyCategory;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ledger page, a hazard's page with the steps the caller may take, and the report
 * form.
 */
@Controller
@RequestMapping("/hazards")
class HazardController {

	private final HazardManagement hazards;

	private final HazardLedger ledger;

	private final HazardSupervision supervision;

	private final OrgManagement org;

	private final HazardPhotos photos;

	HazardController(HazardManagement hazards, HazardLedger ledger, HazardSupervision supervision, OrgManagement org,
			HazardPhotos photos) {
		this.photos = photos;
		this.hazards = hazards;
		this.ledger = ledger;
		this.supervision = supervision;
		this.org = org;
	}

	@ModelAttribute("query")
	LedgerQuery query(@RequestParam(required = false) Long schoolId, @RequestParam(required = false) String region,
			@RequestParam(required = false) HazardStatus status, @RequestParam(required = false) HazardGrade grade,
			@RequestParam(required = false) SafetyCategory category, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page) {
		return new LedgerQuery(schoolId, region, status, grade, category, overdue, from, to, page);
	}

	@GetMapping
	String ledger(@ModelAttribute("query") LedgerQuery query, Model model) {
		model.addAttribute("result", ledger.ledger(query));
		model.addAttribute("stats", ledger.statistics(query));
		model.addAttribute("statuses", HazardStatus.values());
		model.addAttribute("grades", HazardGrade.values());
		model.addAttribute("categories", SafetyCategory.values());
		model.addAttribute("regions", org.regionsInScope());
		return "hazard/ledger";
	}

	@GetMapping("/export")
	void export(@ModelAttribute("query") LedgerQuery query, HttpServletResponse response) throws IOException {
		Callers.current();
		ExcelExport.prepareDownload(response, "hazard-ledger.xlsx");
		ledger.export(query, response.getOutputStream());
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("detail", hazards.detail(id));
		model.addAttribute("photos", photos.of(id));
		model.addAttribute("grades", HazardGrade.values());
		model.addAttribute("today", LocalDate.now());
		return "hazard/detail";
	}

	@GetMapping("/report")
	String reportForm(Model model) {
		CurrentUser me = Callers.current();
		model.addAttribute("categories", SafetyCategory.values());
		model.addAttribute("schools", me.scope().kind() == DataScope.Kind.SCHOOL
				? java.util.List.of(org.school(me.scope().schoolId())) : org.schoolsInScope(SchoolQuery.all()));
		return "hazard/report";
	}

	@PostMapping("/report")
	String report(@RequestParam long schoolId, @RequestParam String title,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String location,
			@RequestParam SafetyCategory category,
			@RequestParam(required = false) org.springframework.web.multipart.MultipartFile photo,
			RedirectAttributes redirect, Model model) throws IOException {
		CurrentUser me = Callers.current();
		HazardSource source = me.role().kind() == cn.xiaoan.shared.Role.Kind.BUREAU ? HazardSource.SPOT_CHECK
				: HazardSource.AD_HOC;
		if (title.isBlank() || title.length() > 100 || description.length() > 1000 || location.length() > 100) {
			model.addAttribute("error", "hazard.report.invalid");
			return reportForm(model);
		}
		HazardSummary created = hazards
			.report(new ReportHazard(schoolId, title, description, location, category, source, null, null, null));
		redirect.addFlashAttribute("message", "hazard.reported");
		if (photo != null && !photo.isEmpty()) {
			try {
				photos.attach(created.id(), HazardPhotos.Kind.FOUND, photo.getBytes(), photo.getOriginalFilename());
			}
			catch (BusinessRuleViolation ex) {
				redirect.addFlashAttribute("error", ex.fieldErrors().values().iterator().next());
			}
		}
		return "redirect:/hazards/" + created.id();
	}

	@PostMapping("/{id}/photos")
	String photo(@PathVariable long id, @RequestParam HazardPhotos.Kind kind,
			@RequestParam("photo") org.springframework.web.multipart.MultipartFile photo, RedirectAttributes redirect)
			throws IOException {
		try {
			photos.attach(id, kind, photo.getBytes(), photo.getOriginalFilename());
			redirect.addFlashAttribute("message", "hazard.photo.added");
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("error", ex.fieldErrors().values().iterator().next());
		}
		return "redirect:/hazards/" + id;
	}

	@PostMapping("/{id}/{step}")
	String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) HazardGrade grade,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			@RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "true") boolean accepted,
			@RequestParam(required = false) String responsiblePerson, @RequestParam(required = false) String measures,
			@RequestParam(required = false) BigDecimal fundsYuan,
			@RequestParam(required = false) String contingencyPlan, RedirectAttributes redirect) {
		try {
			switch (step) {
				case "register" -> hazards.register(id);
				case "grade" -> hazards.grade(id, grade, deadline);
				case "plan" -> hazards.filePlan(id,
						HazardApi.plan(responsiblePerson, measures, fundsYuan, deadline, contingencyPlan));
				case "start" -> hazards.startRectification(id);
				case "complete" -> hazards.completeRectification(id, note);
				case "verify" -> hazards.verify(id, accepted, note);
				case "close" -> hazards.close(id);
				case "spotfix" -> hazards.fixOnTheSpot(id, note);
				case "supervise" -> supervision.supervise(id, deadline);
				case "accept" -> supervision.accept(id, note);
				case "summon" -> supervision.summon(id, note);
				default -> throw new cn.xiaoan.shared.NotFound("step", step);
			}
			redirect.addFlashAttribute("message", "hazard.step.done");
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("error", ex.fieldErrors().values().iterator().next());
		}
		return "redirect:/hazards/" + id;
	}

}
