package cn.xiaoan.liaison;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.Region;
import cn.xiaoan.org.SchoolSummary;
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
 * The county's register of police stations: the list with the schools no station covers
 * (未指定派出所), and the form of a station — its townships, the schools named one by one and
 * its police accounts.
 */
@Controller
@RequestMapping("/liaison/stations")
class StationController {

	private final StationManagement stations;

	private final OrgManagement org;

	StationController(StationManagement stations, OrgManagement org) {
		this.stations = stations;
		this.org = org;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("stations", stations.list());
		model.addAttribute("uncovered", stations.uncoveredSchools());
		model.addAttribute("regions", org.regionNames());
		return "liaison/stations";
	}

	@GetMapping("/new")
	String form(@RequestParam(required = false) String county, Model model) {
		return form(null, stations.county(county), model);
	}

	@PostMapping
	String create(@Valid SaveStation command, RedirectAttributes redirect) {
		StationView station = stations.create(command);
		redirect.addFlashAttribute("message", "liaison.station.saved");
		return "redirect:/liaison/stations#station-" + station.id();
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		StationView station = stations.station(id);
		return form(station, station.countyCode(), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid SaveStation command, RedirectAttributes redirect) {
		stations.update(id, command);
		redirect.addFlashAttribute("message", "liaison.station.saved");
		return "redirect:/liaison/stations#station-" + id;
	}

	private String form(StationView station, String county, Model model) {
		model.addAttribute("station", station);
		model.addAttribute("county", county);
		model.addAttribute("countyName", org.regionNames().getOrDefault(county, county));
		model.addAttribute("townships", choices(stations.townships(county), Region::code, Region::name));
		model.addAttribute("schools",
				choices(stations.schools(county), s -> String.valueOf(s.id()), SchoolSummary::name));
		model.addAttribute("police", choices(stations.police(county), a -> String.valueOf(a.id()),
				a -> a.displayName() + " (" + a.username() + ")"));
		Set<String> chosen = new HashSet<>();
		if (station != null) {
			station.townships().forEach(t -> chosen.add("townships-" + t.id()));
			station.schools().forEach(t -> chosen.add("schools-" + t.id()));
			station.officers().forEach(t -> chosen.add("officers-" + t.id()));
		}
		model.addAttribute("chosen", chosen);
		return "liaison/station-form";
	}

	/** What the form offers to tick: value to label, in the given order. */
	private static <T> Map<String, String> choices(List<T> items, Function<T, String> value,
			Function<T, String> label) {
		Map<String, String> choices = new LinkedHashMap<>();
		items.forEach(i -> choices.put(value.apply(i), label.apply(i)));
		return choices;
	}

}
