package cn.xiaoan.institutions;

import java.util.List;

import jakarta.validation.Valid;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register's pages: the list with its figures, an institution, the register form. */
@Controller
@RequestMapping("/institutions")
class InstitutionsController {

	private final InstitutionsManagement institutions;

	private final InstitutionChecks checks;

	private final OrgManagement org;

	private final InstitutionImport spreadsheet;

	private final MessageSource messages;

	private final java.time.Clock clock;

	InstitutionsController(InstitutionsManagement institutions, InstitutionChecks checks, OrgManagement org,
			InstitutionImport spreadsheet, MessageSource messages, java.time.Clock clock) {
		this.institutions = institutions;
		this.checks = checks;
		this.org = org;
		this.spreadsheet = spreadsheet;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/import")
	String importForm() {
		Callers.current().require(InstitutionsManagement.INSTITUTIONS_EDIT);
		return "institutions/import";
	}

	@GetMapping("/import/template")
	void template(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		Callers.current().require(InstitutionsManagement.INSTITUTIONS_EDIT);
		String name = messages.getMessage("institutions.import.templateName", null, LocaleContextHolder.getLocale());
		cn.xiaoan.shared.ExcelExport.prepareDownload(response,
				cn.xiaoan.shared.DownloadName.of(org.callerUnitName(), name, clock, ".xlsx"));
		InstitutionImport.template(response.getOutputStream());
	}

	@PostMapping("/import")
	String importFile(@RequestParam("file") MultipartFile file, Model model) throws java.io.IOException {
		model.addAttribute("result", spreadsheet.read(file.getInputStream()));
		return "institutions/import";
	}

	@GetMapping
	String list(@RequestParam(required = false) InstitutionStatus status,
			@RequestParam(required = false) Boolean unlicensed, @RequestParam(required = false) String state,
			Model model) {
		List<InstitutionSummary> all = institutions.list(null);
		String onMap = state != null && InstitutionsLayer.STATES.contains(state) ? state : null;
		List<InstitutionSummary> shown = all.stream()
			.filter(i -> status == null || i.status() == status)
			.filter(i -> !Boolean.TRUE.equals(unlicensed) || !i.licensed())
			.filter(i -> onMap == null || onMap.equals(InstitutionsLayer.stateOf(i)))
			.toList();
		model.addAttribute("state", onMap);
		CurrentUser caller = Callers.current();
		boolean keeps = caller.can(InstitutionsManagement.INSTITUTIONS_EDIT);
		model.addAttribute("institutions", shown);
		model.addAttribute("figures", InstitutionFigures.of(all, keeps ? checks.openRectifications() : List.of(),
				keeps ? checks.openResettlements() : List.of()));
		model.addAttribute("status", status);
		model.addAttribute("unlicensed", Boolean.TRUE.equals(unlicensed));
		model.addAttribute("keeps", keeps);
		model.addAttribute("townships", org.regionNames());
		return "institutions/list";
	}

	@GetMapping("/new")
	String form(Model model) {
		CurrentUser caller = Callers.current().require(InstitutionsManagement.INSTITUTIONS_EDIT);
		if (caller.scope().kind() == DataScope.Kind.SCHOOL) {
			throw new AccessDenied("the register is kept by bureaus");
		}
		model.addAttribute("subjects", Subject.values());
		model.addAttribute("townships", townships(caller));
		return "institutions/form";
	}

	@PostMapping
	String register(@Valid RegisterInstitution command, RedirectAttributes redirect) {
		InstitutionSummary institution = institutions.register(command);
		redirect.addFlashAttribute("message", "institutions.registered");
		return "redirect:/institutions/" + institution.id();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, @RequestParam(required = false) String inspected, Model model) {
		model.addAttribute("detail", institutions.detail(id));
		if (inspected != null) {
			// the phone's queue opens this page once its inspection was accepted
			model.addAttribute("message", "institutions.inspected");
		}
		model.addAttribute("methods", ResettlementMethod.values());
		return "institutions/detail";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		InstitutionDetail detail = institutions.detail(id);
		if (!detail.editable()) {
			throw new AccessDenied("the register is kept by the institution's county and township");
		}
		model.addAttribute("detail", detail);
		return form(model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid RegisterInstitution command, RedirectAttributes redirect) {
		institutions.update(id, command);
		redirect.addFlashAttribute("message", "institutions.updated");
		return "redirect:/institutions/" + id;
	}

	/** The townships a bureau may register in: its own, or those below its region. */
	private java.util.Map<String, String> townships(CurrentUser caller) {
		java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
		String prefix = caller.scope().sqlRegionPrefix();
		org.regionNames()
			.entrySet()
			.stream()
			.filter(e -> e.getKey().length() == 9 && e.getKey().startsWith(prefix))
			.sorted(java.util.Map.Entry.comparingByKey())
			.forEach(e -> names.put(e.getKey(), e.getValue()));
		return names;
	}

}
