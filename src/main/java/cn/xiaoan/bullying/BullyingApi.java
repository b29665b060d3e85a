package cn.xiaoan.bullying;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of bullying cases, with the pages' checks (they live in the services): a named
 * report; the list (initials only); a case's file for the committee and the county office
 * (the read audited); the committee's steps; the office's appeal and answer; the
 * statistics; a family's own cases and appeal. Each step answers the case as the caller
 * may now read it, or nothing.
 */
@RestController
@RequestMapping("/api/v1/bullying")
class BullyingApi {

	private final BullyingCases cases;

	private final BullyingReports reports;

	private final BullyingManagement management;

	private final BullyingReviews reviews;

	private final BullyingParties parties;

	private final BullyingFamilies families;

	private final BullyingFigures figures;

	BullyingApi(BullyingCases cases, BullyingReports reports, BullyingManagement management, BullyingReviews reviews,
			BullyingParties parties, BullyingFamilies families, BullyingFigures figures) {
		this.cases = cases;
		this.reports = reports;
		this.management = management;
		this.reviews = reviews;
		this.parties = parties;
		this.families = families;
		this.figures = figures;
	}

	@PostMapping("/reports")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Long> report(@Valid @RequestBody ReportBullying command) {
		return Map.of("id", reports.report(command));
	}

	@GetMapping("/cases")
	List<CaseRow> list() {
		return cases.list();
	}

	@GetMapping("/cases/{id}")
	CaseFile file(@PathVariable long id) {
		return cases.file(id, "case file (API)");
	}

	@GetMapping("/cases/{id}/parties")
	List<BullyingParties.Party> parties(@PathVariable long id) {
		return parties.parties(id);
	}

	@PostMapping("/cases/{id}/parties")
	@ResponseStatus(HttpStatus.CREATED)
	BullyingParties.Party link(@PathVariable long id, @Valid @RequestBody LinkParty command) {
		return parties.link(id, command);
	}

	@PostMapping("/cases/{id}/statements")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void statement(@PathVariable long id, @Valid @RequestBody RecordStatement command) {
		management.recordStatement(id, command);
	}

	@PostMapping("/cases/{id}/decision")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void decide(@PathVariable long id, @Valid @RequestBody DecideCase command) {
		management.decide(id, command);
	}

	@PostMapping("/cases/{id}/measures")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void measure(@PathVariable long id, @Valid @RequestBody RecordMeasure command) {
		management.recordMeasure(id, command);
	}

	@PostMapping("/cases/{id}/families")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void inform(@PathVariable long id, @Valid @RequestBody InformFamily command) {
		management.informFamily(id, command);
	}

	@PostMapping("/cases/{id}/appeal")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void appeal(@PathVariable long id, @Valid @RequestBody FileAppeal command) {
		reviews.fileAppeal(id, command);
	}

	@PostMapping("/cases/{id}/review")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void review(@PathVariable long id, @Valid @RequestBody AnswerAppeal command) {
		reviews.answer(id, command);
	}

	@PostMapping("/cases/{id}/follow-ups/{followUpId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void followUp(@PathVariable long id, @PathVariable long followUpId,
			@RequestBody(required = false) FollowUpNote body) {
		management.completeFollowUp(id, followUpId, body == null ? "" : body.note());
	}

	@PostMapping("/cases/{id}/close")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void close(@PathVariable long id) {
		management.close(id);
	}

	@GetMapping("/statistics")
	BullyingStatistics statistics() {
		return figures.statistics();
	}

	@GetMapping("/family/cases")
	List<FamilyCase> myCases() {
		return families.myCases();
	}

	@GetMapping("/family/cases/{id}")
	FamilyCase myCase(@PathVariable long id) {
		return families.myCase(id);
	}

	@PostMapping("/family/cases/{id}/appeal")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void familyAppeal(@PathVariable long id, @Valid @RequestBody FamilyAppeal command) {
		families.appeal(id, command);
	}

	/** A follow-up visit's note. */
	record FollowUpNote(@jakarta.validation.constraints.Size(max = 1000) String note) {
	}

}
