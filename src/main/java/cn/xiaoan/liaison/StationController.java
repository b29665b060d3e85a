package cn.xiaoan.liaison;

import java.util.List;

import cn.xiaoan.org.OrgManagement;
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
		model.addAttribute("townships", stations.townships(county));
		model.addAttribute("schools", stations.schools(county));
		model.addAttribute("police", stations.police(county));
		model.addAttribute("chosenTownships", station == null ? List.of() : station.townshipCodes());
		model.addAttribute("chosenSchools", station == null ? List.of() : station.schoolIds());
		model.addAttribute("chosenOfficers", station == null ? List.of() : station.officerIds());
		return "liaison/station-form";
	}

}
