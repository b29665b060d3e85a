package cn.xiaoan.hazard;

import java.io.IOException;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.SafetyCategory;
import jakarta.validation.Valid;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A hazard's page with the steps the caller may take, and the report form (the ledger's
 * pages are {@link HazardLedgerController}'s).
 */
@Controller
@RequestMapping("/hazards")
class HazardController {

	/** Sent by htmx: answer the fragment it swaps, not the whole page. */
	static final String HTMX = "HX-Request";

	private final HazardManagement hazards;

	private final HazardSupervision supervision;

	private final HazardPhotos photos;

	/** The current request (a proxy): every step answers htmx and plain posts alike. */
	private final HttpServletRequest request;

	private final RectificationPlans plans;

	private final HazardDetails details;

	HazardController(HazardManagement hazards, HazardSupervision supervision, HazardPhotos photos,
			HttpServletRequest request, RectificationPlans plans, HazardDetails details) {
		this.plans = plans;
		this.details = details;
		this.photos = photos;
		this.request = request;
		this.hazards = hazards;
		this.supervision = supervision;
	}

	/**
	 * A hazard with the steps the caller may take; {@code back} is the list it was opened
	 * from (filters, order and page), which 返回台账 returns to.
	 */
	@GetMapping("/{id}")
	String detail(@PathVariable long id, @RequestParam(required = false) String back, Model model) {
		model.addAttribute("back", LedgerLinks.back(back));
		model.addAttribute("detail", details.of(id));
		model.addAttribute("photos", photos.of(id));
		model.addAttribute("grades", HazardGrade.values());
		return "hazard/detail";
	}

	@GetMapping("/report")
	String reportForm(Model model) {
		// the school is picked by fragments/school-picker
		Callers.current().require(Permission.HAZARD_REPORT);
		model.addAttribute("categories", SafetyCategory.values());
		return "hazard/report";
	}

	/**
	 * Invalid input never reaches here: the platform's page error handler shows every
	 * field error on the form's page.
	 */
	@PostMapping("/report")
	String report(@Valid ReportHazard command, @RequestParam(required = false) MultipartFile photo,
			RedirectAttributes redirect) throws IOException {
		HazardSummary created = hazards.report(command);
		redirect.addFlashAttribute("message", "hazard.reported");
		if (photo != null && !photo.isEmpty()) {
			// The hazard is reported already: a refused photo is told, not an error of
			// the
			// report.
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
			@RequestParam("photo") MultipartFile photo, RedirectAttributes redirect) throws IOException {
		photos.attach(id, kind, photo.getBytes(), photo.getOriginalFilename());
		redirect.addFlashAttribute("message", "hazard.photo.added");
		return "redirect:/hazards/" + id;
	}

	@PostMapping("/{id}/register")
	String register(@PathVariable long id, Model model, RedirectAttributes redirect) {
		hazards.register(id);
		return done(id, model, redirect);
	}

	@PostMapping("/{id}/grade")
	String grade(@PathVariable long id, @Valid GradeHazard command, Model model, RedirectAttributes redirect) {
		hazards.grade(id, command.grade(), command.deadline());
		return done(id, model, redirect);
	}

	@PostMapping("/{id}/plan")
	String plan(@PathVariable long id, @Valid RectificationPlan command, Model model, RedirectAttributes redirect) {
		plans.file(id, command);
		return done(id, model, redirect);
	}

	@PostMapping("/{id}/start")
	String start(@PathVariable long id, Model model, RedirectAttributes redirect) {
		hazards.startRectification(id);
		return done(id, model, redirect);
	}

	@PostMapping("/{id}/complete")
	String complete(@PathVariable long id, @Valid StepNote command, Model model, RedirectAttributes redirect) {
		hazards.completeRectification(id, command.note());
		return done(id, model, redirect);
	}

	@PostMapping("/{id}/verify")
	String verify(@PathVariable long id, @Valid VerifyHazard command, Model model, RedirectAttributes redirect) {
		hazards.verify(id, command.accepted(), command.note());
		return done(id, model, redirect);
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, Model model, RedirectAttributes redirect) {
		hazards.close(id);
		return done(id, model, redirect);
	}

	@PostMapping("/{id}/spotfix")
	String spotfix(@PathVariable long id, @Valid StepNote command, Model model, RedirectAttributes redirect) {
		hazards.fixOnTheSpot(id, command.note());
		return done(id, model, redirect);
	}

	@PostMapping("/{id}/supervise")
	String supervise(@PathVariable long id, @Valid SuperviseHazard command, Model model, RedirectAttributes redirect) {
		supervision.supervise(id, command.deadline());
		return done(id, model, redirect);
	}

	@PostMapping("/{id}/summon")
	String summon(@PathVariable long id, @Valid SummonLeaders command, Model model, RedirectAttributes redirect) {
		supervision.summon(id, command.note());
		return done(id, model, redirect);
	}

	/**
	 * After a step: htmx swaps the hazard's panel in place; a plain form post goes back
	 * to the hazard's page.
	 */
	private String done(long id, Model model, RedirectAttributes redirect) {
		if ("true".equals(request.getHeader(HTMX))) {
			model.addAttribute("message", "hazard.step.done");
			detail(id, null, model);
			return "hazard/detail :: hazard";
		}
		redirect.addFlashAttribute("message", "hazard.step.done");
		return "redirect:/hazards/" + id;
	}

}
