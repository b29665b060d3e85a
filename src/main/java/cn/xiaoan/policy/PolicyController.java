package cn.xiaoan.policy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.Region;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Effective settings of a region or school, where each comes from, and the override form.
 */
@Controller
class PolicyController {

	private final PolicyManagement policy;

	private final OrgManagement org;

	PolicyController(PolicyManagement policy, OrgManagement org) {
		this.policy = policy;
		this.org = org;
	}

	@GetMapping("/policy")
	String page(@RequestParam(required = false) String region, @RequestParam(required = false) Long school,
			Model model) {
		CurrentUser caller = Callers.current();
		List<Region> regions = org.regionsInScope()
			.stream()
			.filter(r -> r.level() != cn.xiaoan.shared.RegionCode.Level.TOWNSHIP)
			.toList();
		Long schoolId = school;
		if (schoolId == null && region == null && caller.scope().kind() != DataScope.Kind.REGION
				&& caller.scope().kind() != DataScope.Kind.ALL) {
			schoolId = caller.scope().schoolId();
		}
		if (schoolId != null) {
			model.addAttribute("school", org.school(schoolId));
			model.addAttribute("values", policy.effectiveForSchool(schoolId));
		}
		else {
			String selected = region != null ? region : regions.isEmpty() ? null : regions.get(0).code();
			if (selected != null) {
				model.addAttribute("region", org.region(selected).orElse(null));
				model.addAttribute("values", policy.effectiveForRegion(selected));
				model.addAttribute("canEdit", caller.can(Permission.POLICY_EDIT));
				addLimits(model);
			}
		}
		model.addAttribute("regions", regions);
		model.addAttribute("regionNames", org.regionNames());
		return "policy/settings";
	}

	/**
	 * What the inputs accept, so a phone refuses a value out of range before it is sent.
	 */
	private static void addLimits(Model model) {
		Map<PolicySetting, Integer> minimums = new EnumMap<>(PolicySetting.class);
		Map<PolicySetting, Integer> maximums = new EnumMap<>(PolicySetting.class);
		for (PolicySetting s : PolicySetting.values()) {
			minimums.put(s, PolicyConstraints.range(s).min());
			maximums.put(s, PolicyConstraints.range(s).max());
		}
		model.addAttribute("minimums", minimums);
		model.addAttribute("maximums", maximums);
		model.addAttribute("levels", List.of("TOWNSHIP", "COUNTY", "CITY", "PROVINCE"));
	}

	@PostMapping("/policy/override")
	String override(@RequestParam PolicySetting setting, @RequestParam String region, @RequestParam String value,
			@RequestParam String legalBasis, RedirectAttributes redirect) {
		// a refused override goes back to this page with every error (platform's page
		// error handler)
		policy.override(setting, region, value, legalBasis);
		redirect.addFlashAttribute("message", "policy.saved");
		return "redirect:/policy?region=" + region;
	}

	@PostMapping("/policy/restore")
	String restore(@RequestParam PolicySetting setting, @RequestParam String region, RedirectAttributes redirect) {
		policy.removeOverride(setting, region);
		redirect.addFlashAttribute("message", "policy.restored");
		return "redirect:/policy?region=" + region;
	}

}
