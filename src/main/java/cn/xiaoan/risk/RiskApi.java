package cn.xiaoan.risk;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of risk grading: inventory, assessment, the bureau's list and the library. */
@RestController
@RequestMapping("/api/v1")
class RiskApi {

	private final RiskManagement risks;

	private final RiskLibrary library;

	private final RiskReports reports;

	RiskApi(RiskManagement risks, RiskLibrary library, RiskReports reports) {
		this.risks = risks;
		this.library = library;
		this.reports = reports;
	}

	record Adopt(long templateId) {
	}

	record Position(BigDecimal x, BigDecimal y) {
	}

	@GetMapping("/schools/{id}/risks")
	List<RiskPoint> inventory(@PathVariable long id, @RequestParam(required = false) RiskLevel level,
			@RequestParam(required = false) String category, @RequestParam(defaultValue = "false") boolean due) {
		return risks.inventory(id, level, category, due);
	}

	@PostMapping("/schools/{id}/risks")
	@ResponseStatus(HttpStatus.CREATED)
	RiskPoint adopt(@PathVariable long id, @RequestBody Adopt adopt) {
		return risks.adopt(id, adopt.templateId());
	}

	@GetMapping("/risks/{id}")
	RiskPoint point(@PathVariable long id) {
		return risks.point(id);
	}

	@PutMapping("/risks/{id}")
	RiskPoint edit(@PathVariable long id, @RequestBody EditRiskPoint edit) {
		return risks.edit(id, edit);
	}

	@PostMapping("/risks/{id}/assessment")
	RiskPoint assess(@PathVariable long id, @RequestBody AssessRisk assessment) {
		return risks.assess(id, assessment);
	}

	@PutMapping("/risks/{id}/position")
	RiskPoint place(@PathVariable long id, @RequestBody Position position) {
		return risks.place(id, position.x(), position.y());
	}

	/** Points of the given levels (default: red and orange) in the caller's scope. */
	@GetMapping("/risks")
	List<RiskReports.SchoolRisk> byLevel(@RequestParam(required = false) List<RiskLevel> levels,
			@RequestParam(required = false) String region) {
		Set<RiskLevel> wanted = levels == null || levels.isEmpty() ? EnumSet.noneOf(RiskLevel.class)
				: EnumSet.copyOf(levels);
		return reports.byLevel(wanted, region);
	}

	@GetMapping("/risk-library")
	List<RiskTemplate> templates(@RequestParam(required = false) String category) {
		return library.templates(category);
	}

	@PostMapping("/risk-library")
	@ResponseStatus(HttpStatus.CREATED)
	RiskTemplate addTemplate(@RequestBody NewTemplate template) {
		return library.addTemplate(template);
	}

}
