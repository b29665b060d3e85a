package cn.xiaoan.hazard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.Page;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.SafetyCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
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

/** REST API of hazards: the same module calls as the pages. */
@RestController
@RequestMapping("/api/v1/hazards")
class HazardApi {

	private final HazardManagement hazards;

	private final HazardLedger ledger;

	private final HazardSupervision supervision;

	HazardApi(HazardManagement hazards, HazardLedger ledger, HazardSupervision supervision) {
		this.hazards = hazards;
		this.ledger = ledger;
		this.supervision = supervision;
	}

	record Grading(HazardGrade grade, LocalDate deadline) {
	}

	record Step(@Size(max = 500) String note, Boolean accepted, LocalDate deadline) {
	}

	static RectificationPlan plan(String person, String measures, BigDecimal funds, LocalDate deadline,
			String contingency) {
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		if (person == null || person.isBlank() || person.length() > 50) {
			errors.put("responsiblePerson", "hazard.plan.person");
		}
		if (measures == null || measures.isBlank() || measures.length() > 1000) {
			errors.put("measures", "hazard.plan.measures");
		}
		if (funds == null || funds.signum() < 0 || funds.precision() - funds.scale() > 10) {
			errors.put("fundsYuan", "hazard.plan.funds");
		}
		if (deadline == null) {
			errors.put("deadline", "hazard.deadline.past");
		}
		if (contingency == null || contingency.isBlank() || contingency.length() > 1000) {
			errors.put("contingencyPlan", "hazard.plan.contingency");
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleViolation(errors);
		}
		return new RectificationPlan(person, measures, funds, deadline, contingency);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	HazardSummary report(@Valid @RequestBody ReportHazard command) {
		return hazards.report(command);
	}

	@GetMapping
	Page<HazardSummary> ledger(@RequestParam(required = false) Long schoolId,
			@RequestParam(required = false) String region, @RequestParam(required = false) HazardStatus status,
			@RequestParam(required = false) HazardGrade grade, @RequestParam(required = false) SafetyCategory category,
			@RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page) {
		return ledger.ledger(new LedgerQuery(schoolId, region, status, grade, category, overdue, from, to, page));
	}

	@GetMapping("/statistics")
	HazardStatistics statistics(@RequestParam(required = false) Long schoolId,
			@RequestParam(required = false) String region) {
		return ledger.statistics(new LedgerQuery(schoolId, region, null, null, null, null, null, null, 0));
	}

	@GetMapping("/supervised")
	List<HazardSummary> supervised() {
		return supervision.supervised();
	}

	@GetMapping("/{id}")
	HazardDetail detail(@PathVariable long id) {
		return hazards.detail(id);
	}

	@PostMapping("/{id}/register")
	HazardSummary register(@PathVariable long id) {
		hazards.register(id);
		return hazards.summary(id);
	}

	@PostMapping("/{id}/grade")
	HazardSummary grade(@PathVariable long id, @RequestBody Grading grading) {
		hazards.grade(id, grading.grade(), grading.deadline());
		return hazards.summary(id);
	}

	@PutMapping("/{id}/plan")
	HazardSummary plan(@PathVariable long id, @Valid @RequestBody RectificationPlan plan) {
		hazards.filePlan(id, plan);
		return hazards.summary(id);
	}

	@PostMapping("/{id}/{step:start|complete|verify|close|spotfix|supervise|accept|summon}")
	HazardSummary step(@PathVariable long id, @PathVariable String step,
			@Valid @RequestBody(required = false) Step body) {
		Step s = body == null ? new Step("", true, null) : body;
		String note = s.note() == null ? "" : s.note();
		switch (step) {
			case "start" -> hazards.startRectification(id);
			case "complete" -> hazards.completeRectification(id, note);
			case "verify" -> hazards.verify(id, s.accepted() == null || s.accepted(), note);
			case "close" -> hazards.close(id);
			case "spotfix" -> hazards.fixOnTheSpot(id, note);
			case "supervise" -> supervision.supervise(id, s.deadline());
			case "accept" -> supervision.accept(id, note);
			default -> supervision.summon(id, note);
		}
		return hazards.summary(id);
	}

}
