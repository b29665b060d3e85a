package cn.xiaoan.schoolbus;

import java.util.List;

import jakarta.validation.Valid;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The county's school-bus ledger and a school's forms for its buses, drivers and escorts.
 */
@Controller
@RequestMapping("/school-buses")
class SchoolBusController {

	/**
	 * Dates in the ledger within this many days are shown in red (the first expiry
	 * alert).
	 */
	private static final int EXPIRY_HIGHLIGHT_DAYS = 30;

	private final Fleet fleet;

	private final Routes routes;

	private final Runs runs;

	private final Riders riders;

	private final PolicyManagement policy;

	SchoolBusController(Fleet fleet, Routes routes, Runs runs, Riders riders, PolicyManagement policy) {
		this.policy = policy;
		this.fleet = fleet;
		this.routes = routes;
		this.runs = runs;
		this.riders = riders;
	}

	@GetMapping
	String ledger(Model model) {
		List<VehicleRow> vehicles = fleet.vehicles();
		model.addAttribute("vehicles", vehicles);
		model.addAttribute("drivers", fleet.drivers());
		model.addAttribute("escorts", fleet.escorts());
		model.addAttribute("routes", routes.routes());
		model.addAttribute("unavailable", vehicles.stream().filter(v -> !v.available()).count());
		model.addAttribute("mayManage", fleet.mayManage());
		// dates within the first expiry alert's reach are shown in red
		model.addAttribute("soon", fleet.today()
			.plusDays(policy
				.effective(PolicySetting.SCHOOLBUS_EXPIRY_FIRST_ALERT_DAYS, Callers.current().scope().homeRegion())
				.asInt()));
		return "schoolbus/ledger";
	}

	@GetMapping("/vehicles/new")
	String vehicleForm(Model model) {
		model.addAttribute("schoolId", managed());
		return "schoolbus/vehicle-form";
	}

	@PostMapping("/vehicles")
	String registerVehicle(@Valid RegisterVehicle command, RedirectAttributes redirect) {
		fleet.registerVehicle(command);
		redirect.addFlashAttribute("message", "schoolbus.vehicle.registered");
		return "redirect:/school-buses";
	}

	@GetMapping("/drivers/new")
	String driverForm(Model model) {
		model.addAttribute("schoolId", managed());
		return "schoolbus/driver-form";
	}

	@PostMapping("/drivers")
	String registerDriver(@Valid RegisterDriver command, RedirectAttributes redirect) {
		fleet.registerDriver(command);
		redirect.addFlashAttribute("message", "schoolbus.driver.registered");
		return "redirect:/school-buses";
	}

	@GetMapping("/escorts/new")
	String escortForm(Model model) {
		long school = school();
		model.addAttribute("schoolId", school);
		model.addAttribute("staff", fleet.staffOf(school));
		return "schoolbus/escort-form";
	}

	@PostMapping("/escorts")
	String nameEscort(@RequestParam long schoolId, @RequestParam long staffId, RedirectAttributes redirect) {
		fleet.nameEscort(schoolId, staffId);
		redirect.addFlashAttribute("message", "schoolbus.escort.named");
		return "redirect:/school-buses";
	}

	@GetMapping("/routes/new")
	String routeForm(Model model) {
		long school = school();
		fleet.managedSchool(school);
		model.addAttribute("schoolId", school);
		model.addAttribute("vehicles", fleet.vehicles());
		model.addAttribute("drivers", fleet.drivers());
		model.addAttribute("escorts", fleet.escorts());
		model.addAttribute("students", riders.ofSchool(school));
		return "schoolbus/route-form";
	}

	@PostMapping("/routes")
	String planRoute(@Valid PlanRoute command, RedirectAttributes redirect) {
		long id = routes.plan(command);
		redirect.addFlashAttribute("message", "schoolbus.route.planned");
		return "redirect:/school-buses/routes/" + id;
	}

	@GetMapping("/routes/{id}")
	String route(@PathVariable long id, Model model) {
		RouteRow route = routes.route(id);
		CurrentUser caller = Callers.current();
		boolean names = routes.leadsOrEscorts(caller, route);
		model.addAttribute("route", route);
		model.addAttribute("riders", names ? routes.riders(id) : List.of());
		model.addAttribute("mayStart", names);
		model.addAttribute("runs", runs.runsOf(id).stream().map(runs::run).toList());
		boolean manages = fleet.mayManage() && BusScope.ownSchool(caller, route.schoolId());
		model.addAttribute("mayManage", manages);
		model.addAttribute("drivers", manages ? fleet.drivers() : List.of());
		model.addAttribute("escorts", manages ? fleet.escorts() : List.of());
		return "schoolbus/route";
	}

	@PostMapping("/routes/{id}/driver")
	String assignDriver(@PathVariable long id, @RequestParam long driverId, RedirectAttributes redirect) {
		routes.assignDriver(id, driverId);
		redirect.addFlashAttribute("message", "schoolbus.route.driverAssigned");
		return "redirect:/school-buses/routes/" + id;
	}

	@PostMapping("/routes/{id}/escort")
	String assignEscort(@PathVariable long id, @RequestParam long escortId, RedirectAttributes redirect) {
		routes.assignEscort(id, escortId);
		redirect.addFlashAttribute("message", "schoolbus.route.escortAssigned");
		return "redirect:/school-buses/routes/" + id;
	}

	@PostMapping("/routes/{id}/runs")
	String start(@PathVariable long id) {
		return "redirect:/school-buses/runs/" + runs.start(id);
	}

	@GetMapping("/runs/{id}")
	String run(@PathVariable long id, Model model) {
		model.addAttribute("run", runs.run(id));
		return "schoolbus/run";
	}

	@PostMapping("/runs/{id}/board")
	String board(@PathVariable long id, @RequestParam(required = false) List<Long> studentIds,
			RedirectAttributes redirect) {
		runs.board(id, studentIds);
		redirect.addFlashAttribute("message", "schoolbus.run.boarded");
		return "redirect:/school-buses/runs/" + id;
	}

	@PostMapping("/runs/{id}/alight")
	String alight(@PathVariable long id, @RequestParam(required = false) List<Long> studentIds,
			RedirectAttributes redirect) {
		int missing = runs.alight(id, studentIds);
		redirect.addFlashAttribute("message", missing > 0 ? "schoolbus.run.alerted" : "schoolbus.run.allOff");
		return "redirect:/school-buses/runs/" + id;
	}

	/** The caller's school, if the caller registers its buses (403 otherwise). */
	private long managed() {
		long school = school();
		fleet.managedSchool(school);
		return school;
	}

	private static long school() {
		CurrentUser caller = Callers.current();
		if (!caller.atOneSchool()) {
			throw new cn.xiaoan.shared.AccessDenied("a school registers its own buses");
		}
		return caller.scope().schoolId();
	}

}
