package cn.xiaoan.emergency;

import java.io.IOException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.risk.RiskManagement;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.ExcelExport;
import cn.xiaoan.shared.Permission;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan set (应急预案) of a school, each plan with its versions, and the bureau's
 * overview.
 */
@Controller
@RequestMapping("/emergency-plans")
class PlanController {

	/** A plan drawn without a campus plan image sits on a blank sheet of this size. */
	static final int BLANK_WIDTH = 1000;

	static final int BLANK_HEIGHT = 700;

	private final PlanManagement plans;

	private final EmergencyExports exports;

	private final OrgManagement org;

	private final RiskManagement risks;

	private final Clock clock;

	private final PlanPdf pdf;

	PlanController(PlanManagement plans, EmergencyExports exports, OrgManagement org, RiskManagement risks, Clock clock,
			PlanPdf pdf) {
		this.pdf = pdf;
		this.plans = plans;
		this.exports = exports;
		this.org = org;
		this.risks = risks;
		this.clock = clock;
	}

	/**
	 * A school's plan set; for a bureau, each school's plan-set state (or the plans
	 * filed).
	 */
	@GetMapping
	String list(@RequestParam(required = false) PlanStatus status, @RequestParam(required = false) Long schoolId,
			Model model) {
		CurrentUser me = Callers.current().require(PlanManagement.EMERGENCY_READ);
		if (me.scope().kind() == DataScope.Kind.SCHOOL || schoolId != null) {
			long school = me.scope().kind() == DataScope.Kind.SCHOOL ? me.scope().schoolId() : schoolId;
			List<PlanRow> set = plans.planSet(school);
			Set<PlanKind> present = set.stream().map(PlanRow::kind).collect(Collectors.toSet());
			model.addAttribute("plans", set);
			model.addAttribute("missingKinds",
					EnumSet.allOf(PlanKind.class).stream().filter(k -> !present.contains(k)).toList());
			model.addAttribute("schoolId", school);
			model.addAttribute("schoolName", org.school(school).name());
			return "emergency/plans";
		}
		model.addAttribute("status", status);
		if (status != null) {
			List<PlanRow> listed = plans.ledger().stream().filter(p -> p.status() == status).toList();
			model.addAttribute("plans", listed);
			// the names of the listed plans' schools, not of every school of a province
			model.addAttribute("schoolNames", org.schoolNames(listed.stream().map(PlanRow::schoolId).toList()));
		}
		else {
			model.addAttribute("sets", plans.planSets());
		}
		return "emergency/plan-sets";
	}

	@PostMapping
	String start(@RequestParam long schoolId, @RequestParam PlanKind kind, RedirectAttributes redirect) {
		PlanRow plan = plans.start(schoolId, kind);
		redirect.addFlashAttribute("message", "emergency.plan.started");
		return "redirect:/emergency-plans/" + plan.id() + "/edit";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, @RequestParam(required = false) Integer version, Model model) {
		PlanView plan = plans.plan(id, version);
		model.addAttribute("view", plan);
		campus(plan.plan().schoolId(), model);
		return "emergency/plan";
	}

	/** The version as a printable PDF (with organisation and contacts). */
	@GetMapping("/{id}/pdf")
	org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable long id,
			@RequestParam(required = false) Integer version) {
		return pdf.download(id, version);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		PlanView plan = plans.plan(id, null);
		model.addAttribute("view", plan);
		model.addAttribute("staff", plans.staff(plan.plan().schoolId()));
		campus(plan.plan().schoolId(), model);
		return "emergency/plan-form";
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @Valid SavePlan command, RedirectAttributes redirect) {
		plans.save(id, command);
		redirect.addFlashAttribute("message", "emergency.plan.saved");
		return "redirect:/emergency-plans/" + id;
	}

	@PostMapping("/{id}/file")
	String file(@PathVariable long id, RedirectAttributes redirect) {
		plans.file(id);
		redirect.addFlashAttribute("message", "emergency.plan.filed");
		return "redirect:/emergency-plans/" + id;
	}

	@PostMapping("/{id}/accept")
	String accept(@PathVariable long id, RedirectAttributes redirect) {
		plans.accept(id);
		redirect.addFlashAttribute("message", "emergency.plan.accepted");
		return "redirect:/emergency-plans/" + id;
	}

	@PostMapping("/{id}/return")
	String returnPlan(@PathVariable long id, @RequestParam(defaultValue = "") String comment,
			RedirectAttributes redirect) {
		plans.returnWith(id, comment);
		redirect.addFlashAttribute("message", "emergency.plan.returned");
		return "redirect:/emergency-plans/" + id;
	}

	@GetMapping("/export")
	void export(HttpServletResponse response) throws IOException {
		Callers.current().require(PlanManagement.EMERGENCY_READ);
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), "应急预案台账", clock, ".xlsx"));
		exports.plans(response.getOutputStream());
	}

	/**
	 * The campus plan the routes are drawn on (a blank sheet without one) and the risk
	 * map's zones.
	 */
	private void campus(long schoolId, Model model) {
		var size = risks.campusPlanSize(schoolId);
		model.addAttribute("campusImage", size.isPresent());
		model.addAttribute("width", size.map(s -> s.width()).orElse(BLANK_WIDTH));
		model.addAttribute("height", size.map(s -> s.height()).orElse(BLANK_HEIGHT));
		model.addAttribute("zones",
				Callers.current().can(Permission.RISK_READ) ? risks.zones(schoolId) : List.<Object>of());
	}

}
