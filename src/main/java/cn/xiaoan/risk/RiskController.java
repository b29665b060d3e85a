package cn.xiaoan.risk;

import cn.xiaoan.shared.DownloadName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.BusinessRuleViolation;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A school's risk inventory, a point's detail with its assessment form, and the cards.
 */
@Controller
class RiskController {

	private final RiskManagement risks;

	private final RiskLibrary library;

	private final RiskCards cards;

	private final OrgManagement org;

	private final java.time.Clock clock;

	RiskController(RiskManagement risks, RiskLibrary library, RiskCards cards, OrgManagement org,
			java.time.Clock clock) {
		this.clock = clock;
		this.risks = risks;
		this.library = library;
		this.cards = cards;
		this.org = org;
	}

	@GetMapping("/schools/{id}/risks")
	String inventory(@PathVariable long id, @RequestParam(required = false) RiskLevel level,
			@RequestParam(required = false) String category, @RequestParam(defaultValue = "false") boolean due,
			Model model) {
		SchoolSummary school = org.school(id);
		List<RiskPoint> points = risks.inventory(id, level, category, due);
		LocalDate today = LocalDate.now();
		model.addAttribute("school", school);
		model.addAttribute("points", points);
		model.addAttribute("today", today);
		model.addAttribute("duePoints",
				risks.inventory(id, null, null, true).stream().filter(p -> p.level() != null).toList());
		model.addAttribute("categories", library.categories());
		model.addAttribute("levels", RiskLevel.values());
		model.addAttribute("level", level);
		model.addAttribute("category", category);
		model.addAttribute("due", due);
		model.addAttribute("canEdit", risks.canEdit());
		if (risks.canEdit()) {
			model.addAttribute("templates", library.templates(null));
		}
		return "risk/inventory";
	}

	@PostMapping("/schools/{id}/risks")
	String adopt(@PathVariable long id, @RequestParam(defaultValue = "0") long templateId) {
		RiskPoint point = risks.adopt(id, templateId);
		return "redirect:/risks/" + point.id() + "?adopted";
	}

	@GetMapping("/risks/{id}")
	String detail(@PathVariable long id, Model model) {
		RiskPoint point = risks.point(id);
		model.addAttribute("point", point);
		model.addAttribute("school", org.school(point.schoolId()));
		model.addAttribute("canEdit", risks.canEdit());
		model.addAttribute("lecL", RiskGrading.LEC_L);
		model.addAttribute("lecE", RiskGrading.LEC_E);
		model.addAttribute("lecC", RiskGrading.LEC_C);
		model.addAttribute("lsScale", RiskGrading.LS_SCALE);
		// the preview grades with the same thresholds the server grades with
		model.addAttribute("thresholds", risks.thresholds(point.regionCode()));
		model.addAttribute("levels", RiskLevel.values());
		if (!model.containsAttribute("assess")) {
			model.addAttribute("assess", new AssessRisk(point.method() == null ? "LEC" : point.method(), point.l(),
					point.e(), point.c(), point.s(), point.controlMeasures(), point.responsiblePerson()));
		}
		if (!model.containsAttribute("edit")) {
			model.addAttribute("edit",
					new EditRiskPoint(point.name(), point.location(), point.hazardFactors(), point.accidentTypes(),
							point.emergencyMeasures(), point.supervisingDepartment(), point.reportPhone()));
		}
		return "risk/detail";
	}

	@PostMapping("/risks/{id}/assessment")
	String assess(@PathVariable long id, @RequestParam(defaultValue = "") String method,
			@RequestParam(defaultValue = "") String l, @RequestParam(defaultValue = "") String e,
			@RequestParam(defaultValue = "") String c, @RequestParam(defaultValue = "") String s,
			@RequestParam(defaultValue = "") String controlMeasures,
			@RequestParam(defaultValue = "") String responsiblePerson, Model model, HttpServletResponse response) {
		AssessRisk command = new AssessRisk(method, number(l), number(e), number(c), number(s), controlMeasures,
				responsiblePerson);
		try {
			risks.assess(id, command);
			return "redirect:/risks/" + id + "?assessed";
		}
		catch (BusinessRuleViolation ex) {
			return withErrors(id, "assess", command, "assessErrors", ex.fieldErrors(), model, response);
		}
	}

	@PostMapping("/risks/{id}")
	String edit(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String location, @RequestParam(defaultValue = "") String hazardFactors,
			@RequestParam(defaultValue = "") String accidentTypes,
			@RequestParam(defaultValue = "") String emergencyMeasures,
			@RequestParam(defaultValue = "") String supervisingDepartment,
			@RequestParam(defaultValue = "") String reportPhone, Model model, HttpServletResponse response) {
		EditRiskPoint command = new EditRiskPoint(name, location, hazardFactors, accidentTypes, emergencyMeasures,
				supervisingDepartment, reportPhone);
		try {
			risks.edit(id, command);
			return "redirect:/risks/" + id + "?saved";
		}
		catch (BusinessRuleViolation ex) {
			return withErrors(id, "edit", form(command), "editErrors", ex.fieldErrors(), model, response);
		}
	}

	@GetMapping("/risks/{id}/card.pdf")
	ResponseEntity<byte[]> card(@PathVariable long id) {
		RiskPoint point = risks.point(id);
		SchoolSummary school = org.school(point.schoolId());
		return pdf(DownloadName.of(school.name(), "风险告知卡-" + point.number(), clock, ".pdf"),
				cards.render(school.name(), List.of(point), LocaleContextHolder.getLocale()));
	}

	@GetMapping("/schools/{id}/risks/cards.pdf")
	ResponseEntity<byte[]> cards(@PathVariable long id) {
		SchoolSummary school = org.school(id);
		return pdf(DownloadName.of(school.name(), "风险告知卡", clock, ".pdf"),
				cards.render(school.name(), risks.inventory(id, null, null, false), LocaleContextHolder.getLocale()));
	}

	private String withErrors(long id, String formName, Object form, String errorsName, Map<String, String> errors,
			Model model, HttpServletResponse response) {
		model.addAttribute(formName, form);
		model.addAttribute(errorsName, errors);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return detail(id, model);
	}

	private static ResponseEntity<byte[]> pdf(DownloadName name, byte[] body) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, name.inline())
			.body(body);
	}

	/** The edit form's values by field name, as the template iterates over the fields. */
	private static Map<String, String> form(EditRiskPoint e) {
		Map<String, String> m = new java.util.LinkedHashMap<>();
		m.put("name", e.name());
		m.put("location", e.location());
		m.put("hazardFactors", e.hazardFactors());
		m.put("accidentTypes", e.accidentTypes());
		m.put("emergencyMeasures", e.emergencyMeasures());
		m.put("supervisingDepartment", e.supervisingDepartment());
		m.put("reportPhone", e.reportPhone());
		return m;
	}

	/**
	 * A form value as a number, or null so that the grading names it as off the scale.
	 */
	static BigDecimal number(String value) {
		try {
			return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
