package cn.xiaoan.oversight;

import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.hazard.HazardManagement;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.people.PeopleManagement;
import cn.xiaoan.security.SecurityManagement;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: a role's scope in figures, and the way to its daily work. */
@Controller
class HomeController {

	private final OrgManagement org;

	private final PeopleManagement people;

	private final SecurityManagement security;

	private final HazardManagement hazards;

	private final EducationManagement education;

	HomeController(OrgManagement org, PeopleManagement people, SecurityManagement security, HazardManagement hazards,
			EducationManagement education) {
		this.education = education;
		this.org = org;
		this.people = people;
		this.security = security;
		this.hazards = hazards;
	}

	@GetMapping("/")
	String home(Model model) {
		CurrentUser me = Callers.current();
		if (me.can(Permission.SELF_SERVICE)) {
			return "redirect:/my/homework";
		}
		if (me.can(Permission.EDUCATION_STATS)) {
			model.addAttribute("campaigns", education.runningAtHome());
		}
		model.addAttribute("counts", org.counts());
		model.addAttribute("people", people.counts());
		model.addAttribute("shortfalls", security.shortfallCount());
		if (me.can(Permission.HAZARD_READ)) {
			model.addAttribute("hazards", hazards.figures());
		}
		DataScope scope = me.scope();
		if (scope.kind() == DataScope.Kind.SCHOOL) {
			model.addAttribute("school", org.school(scope.schoolId()));
			if (me.can(Permission.SECURITY_READ)) {
				model.addAttribute("staffing", security.status(scope.schoolId()));
			}
		}
		else if (scope.kind() == DataScope.Kind.REGION) {
			model.addAttribute("region", org.regionsInScope().stream().findFirst().orElse(null));
		}
		return "home";
	}

}
