package cn.xiaoan.risk;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.NotFound;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The campus four-colour map (四色安全风险空间分布图): plan upload, placing points, printing. */
@Controller
class RiskMapController {

	private final RiskManagement risks;

	private final OrgManagement org;

	RiskMapController(RiskManagement risks, OrgManagement org) {
		this.risks = risks;
		this.org = org;
	}

	static final int BLANK_WIDTH = 1200;

	static final int BLANK_HEIGHT = 800;

	@GetMapping("/schools/{id}/risk-map")
	String map(@PathVariable long id, Model model) {
		List<RiskPoint> points = risks.inventory(id, null, null, false);
		List<RiskPoint> placed = points.stream().filter(RiskPoint::placed).toList();
		CampusPlan plan = risks.plan(id).orElse(null);
		List<RiskZone> zones = risks.zones(id);
		model.addAttribute("school", org.school(id));
		model.addAttribute("plan", plan);
		// without a plan image, zones are drawn on a blank sheet of this size
		model.addAttribute("width", plan == null ? BLANK_WIDTH : plan.width());
		model.addAttribute("height", plan == null ? BLANK_HEIGHT : plan.height());
		model.addAttribute("points", points);
		model.addAttribute("placed", placed);
		model.addAttribute("zones", RiskZones.colour(zones, placed));
		model.addAttribute("zoneOf", zoneOf(zones, placed));
		model.addAttribute("levels", RiskLevel.values());
		model.addAttribute("canEdit", risks.canEdit());
		return "risk/map";
	}

	/**
	 * A refused plan or position goes back to the map with its error (platform's page
	 * error handler).
	 */
	@PostMapping("/schools/{id}/risk-map")
	String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file) throws IOException {
		risks.uploadPlan(id, file == null ? null : file.getBytes());
		return "redirect:/schools/" + id + "/risk-map?uploaded";
	}

	/** The name of the zone each placed point lies in. */
	private static Map<Long, String> zoneOf(List<RiskZone> zones, List<RiskPoint> placed) {
		Map<Long, String> names = new HashMap<>();
		for (RiskPoint p : placed) {
			zones.stream()
				.filter(z -> z.contains(p.mapX().doubleValue(), p.mapY().doubleValue()))
				.findFirst()
				.ifPresent(z -> names.put(p.id(), z.name()));
		}
		return names;
	}

	@GetMapping("/schools/{id}/risk-map/image")
	ResponseEntity<byte[]> image(@PathVariable long id) {
		CampusPlan plan = risks.plan(id).orElseThrow(() -> new NotFound("campus plan", id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(plan.contentType()))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(plan.image());
	}

	@PostMapping("/schools/{id}/risk-map/zones")
	String drawZone(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String outline) {
		risks.drawZone(id, name, outline);
		return "redirect:/schools/" + id + "/risk-map?zoned";
	}

	@PostMapping("/schools/{id}/risk-map/zones/{zoneId}/delete")
	String removeZone(@PathVariable long id, @PathVariable long zoneId) {
		risks.removeZone(id, zoneId);
		return "redirect:/schools/" + id + "/risk-map?zoned";
	}

	@PostMapping("/schools/{id}/risk-map/position")
	String place(@PathVariable long id, @RequestParam(defaultValue = "0") long pointId,
			@RequestParam(defaultValue = "") String x, @RequestParam(defaultValue = "") String y) {
		if (risks.point(pointId).schoolId() != id) {
			throw new NotFound("risk point", pointId);
		}
		risks.place(pointId, RiskController.number(x), RiskController.number(y));
		return "redirect:/schools/" + id + "/risk-map?placed";
	}

}
