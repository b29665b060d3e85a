package cn.xiaoan.waters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolField;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import jakarta.validation.Valid;

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
 * The key waters pages: the register with counts, a water, the register form, the map.
 */
@Controller
@RequestMapping("/waters")
class WatersController {

	private final WatersManagement waters;

	private final PatrolManagement patrols;

	private final WaterEducation education;

	private final WatersMap map;

	private final Waters store;

	private final OrgManagement org;

	private final RescueTrainingManagement trainings;

	WatersController(WatersManagement waters, PatrolManagement patrols, WaterEducation education, WatersMap map,
			Waters store, OrgManagement org, RescueTrainingManagement trainings) {
		this.trainings = trainings;
		this.waters = waters;
		this.patrols = patrols;
		this.education = education;
		this.map = map;
		this.store = store;
		this.org = org;
	}

	@GetMapping
	String list(@RequestParam(required = false) String state, Model model) {
		List<WaterSummary> list = waters.list();
		String shown = state != null && WatersLayer.STATES.contains(state) ? state : null;
		model.addAttribute("waters",
				shown == null ? list : list.stream().filter(w -> WatersLayer.stateOf(w).equals(shown)).toList());
		model.addAttribute("state", shown);
		model.addAttribute("findings", patrols.openFindings());
		model.addAttribute("counts", WaterCounts.of(list, org.regionNames()));
		return "waters/list";
	}

	@GetMapping("/map")
	String map(Model model) {
		List<WaterSummary> list = waters.list();
		List<WaterDetail.School> schools = new ArrayList<>();
		list.forEach(w -> schools.addAll(store.schools(w.id())));
		model.addAttribute("view",
				map.draw(list, store.outlines(list.stream().map(WaterSummary::id).toList()), schools));
		model.addAttribute("findings", patrols.openFindings());
		return "waters/map";
	}

	/**
	 * A small scope lists a row for each of its schools; a big one (a province) rows for
	 * the water's schools only, and adds a row for a school found by the school picker
	 * ({@link #schoolRow}).
	 */
	@GetMapping("/new")
	String form(Model model) {
		WaterDetail detail = (WaterDetail) model.getAttribute("detail");
		List<Long> linked = detail == null ? List.of()
				: detail.schools().stream().map(WaterDetail.School::schoolId).toList();
		SchoolField field = waters.schoolField(linked);
		model.addAttribute("schools", field.schools());
		model.addAttribute("searched", field.searched());
		model.addAttribute("kinds", WaterKind.values());
		model.addAttribute("risks", WaterRisk.values());
		return "waters/form";
	}

	@PostMapping
	String register(@Valid RegisterWater command, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		WaterSummary water = waters.register(withSchools(command, params));
		redirect.addFlashAttribute("message", "waters.registered");
		return "redirect:/waters/" + water.id();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		WaterDetail detail = waters.detail(id);
		CurrentUser caller = Callers.current();
		model.addAttribute("detail", detail);
		model.addAttribute("periods", PatrolPeriod.values());
		model.addAttribute("patrolDates", patrols.datesOf(id));
		model.addAttribute("fourKnows", education.of(detail.schools()));
		model.addAttribute("staffShares",
				trainings.sharesOf(detail.schools().stream().map(WaterDetail.School::schoolId).toList()));
		model.addAttribute("view", map.draw(List.of(detail.summary()), Map.of(id, detail.outline()), detail.schools()));
		model.addAttribute("bureau", caller.scope().kind() != cn.xiaoan.shared.DataScope.Kind.SCHOOL);
		return "waters/detail";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		WaterDetail detail = waters.detail(id);
		if (!detail.editable()) {
			throw new cn.xiaoan.shared.AccessDenied("the register is kept by the water's township");
		}
		model.addAttribute("detail", detail);
		return form(model);
	}

	/** The row of a school the school picker found, appended to the form's rows. */
	@GetMapping("/school-row")
	String schoolRow(@RequestParam(required = false) Long add, Model model) {
		model.addAttribute("schools", add == null ? List.of() : waters.schoolField(add).schools());
		model.addAttribute("added", true);
		return "waters/form :: rows";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid RegisterWater command, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		waters.update(id, withSchools(command, params));
		redirect.addFlashAttribute("message", "waters.updated");
		return "redirect:/waters/" + id;
	}

	@PostMapping("/{id}/photos")
	String photo(@PathVariable long id, @RequestParam("photo") MultipartFile photo, RedirectAttributes redirect)
			throws IOException {
		waters.addPhoto(id, photo.getBytes(), photo.getOriginalFilename());
		redirect.addFlashAttribute("message", "waters.photoAdded");
		return "redirect:/waters/" + id;
	}

	@PostMapping("/{id}/schedules")
	String schedule(@PathVariable long id, @Valid ScheduleCommand command, RedirectAttributes redirect) {
		patrols.schedule(id, command);
		redirect.addFlashAttribute("message", "waters.scheduled");
		return "redirect:/waters/" + id;
	}

	@PostMapping("/findings/{finding}/close")
	String close(@PathVariable long finding, @RequestParam(required = false) String note,
			@RequestParam(required = false) Long water, RedirectAttributes redirect) {
		patrols.close(finding, note);
		redirect.addFlashAttribute("message", "waters.findingClosed");
		return water == null ? "redirect:/waters" : "redirect:/waters/" + water;
	}

	/**
	 * The form's nearby schools: a ticked {@code school} and its {@code distance-<id>},
	 * {@code lng-<id>} and {@code lat-<id>}.
	 */
	private static RegisterWater withSchools(RegisterWater c, Map<String, String> params) {
		List<NearbySchool> nearby = new ArrayList<>();
		params.keySet().stream().filter(k -> k.matches("school-\\d{1,18}")).sorted().forEach(k -> {
			String id = k.substring(7);
			nearby.add(new NearbySchool(Long.valueOf(id), number(params.get("distance-" + id), "schools"),
					decimal(params.get("lng-" + id)), decimal(params.get("lat-" + id))));
		});
		return new RegisterWater(c.regionCode(), c.name(), c.kind(), c.riskLevel(), c.outline(), c.ownerUnit(),
				c.ownerPerson(), c.ownerPhone(), c.signs(), c.equipment(), nearby);
	}

	private static Integer number(String text, String field) {
		try {
			int n = Integer.parseInt(text == null ? "" : text.trim());
			if (n < 0 || n > 50_000) {
				throw new NumberFormatException(text);
			}
			return n;
		}
		catch (NumberFormatException ex) {
			throw new cn.xiaoan.shared.BusinessRuleViolation(field, "waters.schools.distance");
		}
	}

	private static Double decimal(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new cn.xiaoan.shared.BusinessRuleViolation("schools", "waters.schools.position");
		}
	}

}
