package cn.xiaoan.hazard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.org.Page;
import cn.xiaoan.shared.SafetyCategory;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of hazards: the same module calls and the same command records as the pages; a
 * step answers the hazard as it is afterwards.
 */
@RestController
@RequestMapping("/api/v1/hazards")
class HazardApi {

	private final HazardManagement hazards;

	private final HazardLedger ledger;

	private final HazardSupervision supervision;

	private final SupervisionNotice notice;

	private final Clock clock;

	private final RectificationPlans plans;

	private final HazardDetails details;

	private final SupervisedCount supervisedCount;

	HazardApi(HazardManagement hazards, HazardLedger ledger, HazardSupervision supervision, SupervisionNotice notice,
			Clock clock, RectificationPlans plans, HazardDetails details, SupervisedCount supervisedCount) {
		this.supervisedCount = supervisedCount;
		this.plans = plans;
		this.details = details;
		this.hazards = hazards;
		this.ledger = ledger;
		this.supervision = supervision;
		this.notice = notice;
		this.clock = clock;
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
			@RequestParam(required = false) Boolean open, @RequestParam(required = false) Boolean supervised,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		// an unknown sort column or direction is refused (400), never written into SQL
		return ledger.ledger(new LedgerQuery(schoolId, region, status, grade, category, overdue, from, to, page, open,
				supervised, LedgerSort.of(sort, dir), size));
	}

	/**
	 * The figures of the hazards found in a period: {@code period} a quarter ("2026Q4")
	 * or a year ("2026"), or {@code from}–{@code to}; this quarter by default.
	 */
	@GetMapping("/statistics")
	HazardStatistics statistics(@RequestParam(required = false) Long schoolId,
			@RequestParam(required = false) String region, @RequestParam(required = false) String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return ledger.statistics(new LedgerQuery(schoolId, region, null, null, null, null, null, null, 0),
				LedgerPeriod.of(period, from, to, LocalDate.now(clock)));
	}

	/**
	 * The rows of the 督办 page for the caller, in its order: this platform's hazards under
	 * 督办 and those the installations below keep under 督办, marked with their source (ADR
	 * 0081); with the closed ones unless {@code closed=false} (the page's default).
	 */
	@GetMapping("/supervised")
	List<SupervisedRow> supervised(@RequestParam(defaultValue = "true") boolean closed) {
		return supervisedCount.rows(closed);
	}

	/** The 限期整改通知 of a supervised hazard (404 for a hazard without supervision). */
	@GetMapping("/{id}/notice.pdf")
	ResponseEntity<byte[]> notice(@PathVariable long id) {
		return notice.download(id);
	}

	@GetMapping("/{id}")
	HazardDetail detail(@PathVariable long id) {
		return details.of(id);
	}

	@PostMapping("/{id}/register")
	HazardSummary register(@PathVariable long id) {
		hazards.register(id);
		return hazards.summary(id);
	}

	@PostMapping("/{id}/grade")
	HazardSummary grade(@PathVariable long id, @Valid @RequestBody GradeHazard command) {
		hazards.grade(id, command.grade(), command.deadline());
		return hazards.summary(id);
	}

	@PutMapping("/{id}/plan")
	HazardSummary plan(@PathVariable long id, @Valid @RequestBody RectificationPlan plan) {
		plans.file(id, plan);
		return hazards.summary(id);
	}

	@PostMapping("/{id}/start")
	HazardSummary start(@PathVariable long id) {
		hazards.startRectification(id);
		return hazards.summary(id);
	}

	@PostMapping("/{id}/complete")
	HazardSummary complete(@PathVariable long id, @Valid @RequestBody(required = false) StepNote command) {
		hazards.completeRectification(id, orNone(command).note());
		return hazards.summary(id);
	}

	@PostMapping("/{id}/verify")
	HazardSummary verify(@PathVariable long id, @Valid @RequestBody(required = false) VerifyHazard command) {
		VerifyHazard v = command == null ? new VerifyHazard("", true) : command;
		hazards.verify(id, v.accepted(), v.note());
		return hazards.summary(id);
	}

	@PostMapping("/{id}/close")
	HazardSummary close(@PathVariable long id) {
		hazards.close(id);
		return hazards.summary(id);
	}

	@PostMapping("/{id}/spotfix")
	HazardSummary spotfix(@PathVariable long id, @Valid @RequestBody(required = false) StepNote command) {
		hazards.fixOnTheSpot(id, orNone(command).note());
		return hazards.summary(id);
	}

	@PostMapping("/{id}/supervise")
	HazardSummary supervise(@PathVariable long id, @Valid @RequestBody(required = false) SuperviseHazard command) {
		supervision.supervise(id, command == null ? null : command.deadline());
		return hazards.summary(id);
	}

	@PostMapping("/{id}/accept")
	HazardSummary accept(@PathVariable long id, @Valid @RequestBody(required = false) StepNote command) {
		supervision.accept(id, orNone(command).note());
		return hazards.summary(id);
	}

	@PostMapping("/{id}/summon")
	HazardSummary summon(@PathVariable long id, @Valid @RequestBody SummonLeaders command) {
		supervision.summon(id, command.note());
		return hazards.summary(id);
	}

	private static StepNote orNone(StepNote command) {
		return command == null ? StepNote.none() : command;
	}

}
