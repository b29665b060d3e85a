package cn.xiaoan.opinion;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of opinion cases: the same module calls and command records as the pages; a
 * step answers the case as it is afterwards.
 */
@RestController
@RequestMapping("/api/v1/opinions")
class OpinionApi {

	private final OpinionManagement cases;

	private final OpinionLedger ledger;

	private final OpinionTasks tasks;

	private final OpinionStatements statements;

	private final OpinionExports exports;

	OpinionApi(OpinionManagement cases, OpinionLedger ledger, OpinionTasks tasks, OpinionStatements statements,
			OpinionExports exports) {
		this.cases = cases;
		this.ledger = ledger;
		this.tasks = tasks;
		this.statements = statements;
		this.exports = exports;
	}

	@GetMapping
	List<CaseRow> list(@RequestParam(required = false) CaseState state,
			@RequestParam(required = false) Severity severity, @RequestParam(defaultValue = "false") boolean overdue) {
		return ledger.cases(state, severity, overdue);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CaseDetail open(@Valid @RequestBody OpenCase command) {
		return ledger.detail(cases.open(command));
	}

	@GetMapping("/{id}")
	CaseDetail detail(@PathVariable long id) {
		return ledger.detail(id);
	}

	@GetMapping("/{id}/report.pdf")
	ResponseEntity<byte[]> report(@PathVariable long id) {
		return exports.report(id);
	}

	@PostMapping("/{id}/people")
	CaseDetail person(@PathVariable long id, @Valid @RequestBody AddPerson command) {
		cases.addPerson(id, command);
		return ledger.detail(id);
	}

	@PostMapping("/{id}/departments")
	CaseDetail department(@PathVariable long id, @Valid @RequestBody LinkDepartment command) {
		cases.linkDepartment(id, command);
		return ledger.detail(id);
	}

	@PostMapping("/{id}/tasks")
	@ResponseStatus(HttpStatus.CREATED)
	TaskView task(@PathVariable long id, @Valid @RequestBody AssignTask command) {
		return tasks.task(tasks.assign(id, command));
	}

	@PostMapping("/{id}/notes")
	CaseDetail note(@PathVariable long id, @Valid @RequestBody StepNote command) {
		cases.note(id, command);
		return ledger.detail(id);
	}

	@PostMapping("/{id}/close")
	CaseDetail close(@PathVariable long id) {
		cases.close(id);
		return ledger.detail(id);
	}

	@PostMapping("/{id}/statements")
	@ResponseStatus(HttpStatus.CREATED)
	CaseDetail draft(@PathVariable long id, @Valid @RequestBody DraftStatement command) {
		statements.draft(id, command);
		return ledger.detail(id);
	}

	@PostMapping("/{id}/statements/{statementId}/approve")
	CaseDetail approve(@PathVariable long id, @PathVariable long statementId) {
		statements.approve(id, statementId);
		return ledger.detail(id);
	}

	@PostMapping("/{id}/statements/{statementId}/return")
	CaseDetail sendBack(@PathVariable long id, @PathVariable long statementId, @Valid @RequestBody StepNote command) {
		statements.sendBack(id, statementId, command);
		return ledger.detail(id);
	}

	@PostMapping("/{id}/statements/{statementId}/publish")
	CaseDetail publish(@PathVariable long id, @PathVariable long statementId) {
		statements.publish(id, statementId);
		return ledger.detail(id);
	}

}
