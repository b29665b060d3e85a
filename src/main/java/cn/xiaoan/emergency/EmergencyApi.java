package cn.xiaoan.emergency;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of plans and drills: the same module calls and command records as the pages.
 */
@RestController
@RequestMapping("/api/v1")
class EmergencyApi {

	private final PlanManagement plans;

	private final DrillManagement drills;

	private final DrillCompliance compliance;

	private final Clock clock;

	EmergencyApi(PlanManagement plans, DrillManagement drills, DrillCompliance compliance, Clock clock) {
		this.plans = plans;
		this.drills = drills;
		this.compliance = compliance;
		this.clock = clock;
	}

	@GetMapping("/emergency-plans")
	List<PlanRow> plans() {
		return plans.ledger();
	}

	@GetMapping("/emergency-plans/{id}")
	PlanView plan(@PathVariable long id, @RequestParam(required = false) Integer version) {
		return plans.plan(id, version);
	}

	@PostMapping("/emergency-plans/{id}/file")
	PlanRow file(@PathVariable long id) {
		return plans.file(id);
	}

	@PostMapping("/emergency-plans/{id}/accept")
	PlanRow accept(@PathVariable long id) {
		return plans.accept(id);
	}

	/** Returns a filed plan; the body is {@code {"comment": "…"}}. */
	@PostMapping("/emergency-plans/{id}/return")
	PlanRow returnPlan(@PathVariable long id, @RequestBody Map<String, String> body) {
		return plans.returnWith(id, body == null ? null : body.get("comment"));
	}

	/** The drills held or planned between two days (this month by default). */
	@GetMapping("/drills")
	List<DrillRow> drills(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String region, @RequestParam(required = false) Long schoolId,
			@RequestParam(defaultValue = "false") boolean overtime) {
		YearMonth month = YearMonth.now(clock);
		return drills.drills(region, schoolId, from == null ? month.atDay(1) : from,
				to == null ? month.atEndOfMonth() : to, overtime);
	}

	@PostMapping("/drills")
	@ResponseStatus(HttpStatus.CREATED)
	DrillRow record(@Valid @RequestBody RecordDrill command) {
		return drills.record(command);
	}

	@GetMapping("/drills/{id}")
	DrillView drill(@PathVariable long id) {
		return drills.drill(id);
	}

	@PostMapping("/drills/{id}/result")
	DrillRow result(@PathVariable long id, @Valid @RequestBody DrillResult result) {
		return drills.result(id, result);
	}

	/** Opens a hazard for the problem; answers the hazard's id. */
	@PostMapping("/drills/{id}/problems/{problemId}/hazard")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Long> openHazard(@PathVariable long id, @PathVariable long problemId) {
		return Map.of("hazardId", drills.openHazard(id, problemId));
	}

	@GetMapping("/drills/compliance")
	ComplianceTable compliance(@RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
		return compliance.table(region, month);
	}

}
