package cn.xiaoan.risk;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The bureau's list of red and orange points and the template library. */
@Controller
class RiskOverviewController {

	private final RiskReports reports;

	private final RiskLibrary library;

	private final OrgManagement org;

	RiskOverviewController(RiskReports reports, RiskLibrary library, OrgManagement org) {
		this.reports = reports;
		this.library = library;
		this.org = org;
	}

	@GetMapping("/risks/major")
	String major(@RequestParam(required = false) List<RiskLevel> levels, @RequestParam(required = false) String region,
			Model model) {
		Set<RiskLevel> wanted = levels == null || levels.isEmpty() ? EnumSet.of(RiskLevel.MAJOR, RiskLevel.LARGER)
				: EnumSet.copyOf(levels);
		model.addAttribute("risks", reports.byLevel(wanted, region));
		model.addAttribute("wanted", wanted);
		model.addAttribute("levels", RiskLevel.values());
		model.addAttribute("region", region);
		model.addAttribute("regions", org.regionsInScope());
		return "risk/major";
	}

	@GetMapping("/risk-library")
	String library(@RequestParam(required = false) String category, Model model) {
		model.addAttribute("templates", library.templates(category));
		model.addAttribute("categories", library.categories());
		Map<String, String> categoryNames = new LinkedHashMap<>();
		library.categories().forEach(c -> categoryNames.put(c.code(), c.name()));
		model.addAttribute("categoryNames", categoryNames);
		model.addAttribute("category", category);
		model.addAttribute("canAdd", canAdd());
		model.addAttribute("form", new NewTemplate(category, "", "", "", "", ""));
		return "risk/library";
	}

	@PostMapping("/risk-library")
	String add(@RequestParam(defaultValue = "") String categoryCode, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String hazardFactors,
			@RequestParam(defaultValue = "") String accidentTypes,
			@RequestParam(defaultValue = "") String controlMeasures,
			@RequestParam(defaultValue = "") String emergencyMeasures) {
		NewTemplate command = new NewTemplate(categoryCode, name, hazardFactors, accidentTypes, controlMeasures,
				emergencyMeasures);
		// a refused template goes back to the library with every error and what was typed
		RiskTemplate added = library.addTemplate(command);
		return "redirect:/risk-library?added&category=" + added.categoryCode();
	}

	private static boolean canAdd() {
		CurrentUser caller = Callers.current();
		return caller.can(Permission.POLICY_EDIT) && caller.scope().kind() != DataScope.Kind.SCHOOL
				&& caller.scope().kind() != DataScope.Kind.SELF;
	}

}
