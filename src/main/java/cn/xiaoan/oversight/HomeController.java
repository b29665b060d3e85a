package cn.xiaoan.oversight;

import java.time.Clock;
import java.time.LocalDate;

import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.hazard.HazardManagement;
import cn.xiaoan.inspection.InspectionManagement;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.people.PeopleManagement;
import cn.xiaoan.security.SecurityManagement;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page: a role's scope in figures, each a link to the list it counts, and for
 * a bureau the everyday view — open hazards over the last weeks, the schools with the
 * most overdue hazards, this month's inspections and each running campaign's completion
 * one level down.
 */
@Controller
class HomeController {

	static final int WEEKS = 12;

	static final int OVERDUE_SCHOOLS = 8;

	private final OrgManagement org;

	private final PeopleManagement people;

	private final SecurityManagement security;

	private final HazardManagement hazards;

	private final EducationManagement education;

	private final InspectionManagement inspections;

	private final Clock clock;

	private final HomeTodos todos;

	HomeController(OrgManagement org, PeopleManagement people, SecurityManagement security, HazardManagement hazards,
			EducationManagement education, InspectionManagement inspections, Clock clock, HomeTodos todos) {
		this.clock = clock;
		this.todos = todos;
		this.education = education;
		this.org = org;
		this.people = people;
		this.security = security;
		this.hazards = hazards;
		this.inspections = inspections;
	}

	@GetMapping("/")
	String home(Model model) {
		CurrentUser me = Callers.current();
		if (me.can(Permission.SELF_SERVICE)) {
			return "redirect:/my/homework";
		}
		DataScope scope = me.scope();
		boolean bureau = scope.kind() == DataScope.Kind.REGION || scope.kind() == DataScope.Kind.ALL;
		if (me.can(Permission.EDUCATION_STATS)) {
			model.addAttribute("campaigns", education.runningAtHome());
			LocalDate today = LocalDate.now(clock);
			model.addAttribute("runningCampaigns",
					education.campaigns().stream().filter(c -> c.runningOn(today)).count());
		}
		model.addAttribute("counts", org.counts());
		model.addAttribute("people", people.counts());
		if (me.can(Permission.SECURITY_READ)) {
			model.addAttribute("shortfalls", security.shortfallCount());
		}
		if (me.can(Permission.HAZARD_READ)) {
			model.addAttribute("hazards", hazards.headline());
			if (bureau) {
				model.addAttribute("trend", OpenHazardsChart.of(hazards.openByWeek(WEEKS)));
				model.addAttribute("overdueSchools", hazards.mostOverdueSchools(OVERDUE_SCHOOLS));
			}
		}
		if (me.can(Permission.SCHOOL_READ)) {
			model.addAttribute("inspections", inspections.completionThisMonth());
			model.addAttribute("inspectionsHref",
					me.can(Permission.HAZARD_SUPERVISE) ? "/inspections/overview" : "/inspections");
		}
		model.addAttribute("bureau", bureau);
		model.addAttribute("todos", todos.of(me, LocaleContextHolder.getLocale()));
		model.addAttribute("canSeePeople", me.can(Permission.PEOPLE_READ));
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
