package cn.xiaoan.surroundings;

import java.util.List;

import cn.xiaoan.shared.Callers;
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
 * The register pages: the overview with its figures and the list, the map, a venue, the
 * form, and the school gates distances are measured from.
 */
@Controller
@RequestMapping("/surroundings")
class SurroundingsController {

	private final SurroundingsManagement register;

	private final CaseManagement cases;

	private final GuardPostManagement posts;

	private final SurroundingsMap map;

	SurroundingsController(SurroundingsManagement register, CaseManagement cases, GuardPostManagement posts,
			SurroundingsMap map) {
		this.register = register;
		this.cases = cases;
		this.posts = posts;
		this.map = map;
	}

	@GetMapping
	String list(@RequestParam(required = false) Boolean flagged, @RequestParam(required = false) String state,
			Model model) {
		List<VenueSummary> all = register.list();
		String shown = state != null && SurroundingsLayer.STATES.contains(state) ? state : null;
		model.addAttribute("figures", Overview.of(all, cases.list(null), posts.gaps(5000)));
		model.addAttribute("venues",
				all.stream()
					.filter(v -> !Boolean.TRUE.equals(flagged) || v.flagged())
					.filter(v -> shown == null || shown.equals(SurroundingsLayer.stateOf(v)))
					.toList());
		model.addAttribute("flaggedOnly", Boolean.TRUE.equals(flagged) || shown != null);
		model.addAttribute("state", shown);
		return "surroundings/list";
	}

	@GetMapping("/map")
	String map(Model model) {
		List<VenueSummary> venues = register.list();
		model.addAttribute("view", map.draw(venues, register.positions()));
		return "surroundings/map";
	}

	@GetMapping("/venues/new")
	String form(Model model) {
		// the school is picked by fragments/school-picker
		Callers.current().require(SurroundingsPermissions.REPORT);
		model.addAttribute("kinds", VenueKind.values());
		model.addAttribute("departments", Department.values());
		return "surroundings/form";
	}

	@PostMapping("/venues")
	String record(@Valid RegisterVenue command, RedirectAttributes redirect) {
		VenueSummary venue = register.register(command);
		redirect.addFlashAttribute("message",
				venue.flagged() ? "surroundings.recorded.flagged" : "surroundings.recorded");
		return "redirect:/surroundings/venues/" + venue.id();
	}

	@GetMapping("/venues/{id}")
	String detail(@PathVariable long id, Model model) {
		SurroundingsManagement.VenueDetail detail = register.detail(id);
		model.addAttribute("detail", detail);
		model.addAttribute("view",
				map.draw(List.of(detail.venue()),
						register.positions()
							.stream()
							.filter(p -> detail.schools().stream().anyMatch(s -> s.schoolId() == p.schoolId()))
							.toList()));
		return "surroundings/venue";
	}

	@GetMapping("/schools")
	String schools(Model model) {
		Callers.current().require(SurroundingsPermissions.READ);
		model.addAttribute("schools", register.positions());
		return "surroundings/schools";
	}

	@PostMapping("/schools/{schoolId}/position")
	String position(@PathVariable long schoolId, @RequestParam String position, RedirectAttributes redirect) {
		double[] lngLat = parse(position);
		register.setPosition(schoolId, lngLat[0], lngLat[1]);
		redirect.addFlashAttribute("message", "surroundings.position.saved");
		return "redirect:/surroundings/schools";
	}

	/** Longitude and latitude, comma between, as typed or pasted from a phone map. */
	static double[] parse(String text) {
		String[] xy = text == null ? new String[0] : text.trim().split("[,\\s]+");
		try {
			if (xy.length != 2) {
				throw new NumberFormatException(text);
			}
			return new double[] { Double.parseDouble(xy[0]), Double.parseDouble(xy[1]) };
		}
		catch (NumberFormatException ex) {
			throw new cn.xiaoan.shared.BusinessRuleViolation("position", "surroundings.position.invalid");
		}
	}

}
