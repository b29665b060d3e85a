package cn.xiaoan.opinion;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ledger of cases, the form that opens one, a case's page with the steps its team and
 * approver take, its workbook and its PDF report.
 */
@Controller
@RequestMapping("/opinions")
class OpinionController {

	private final OpinionManagement cases;

	private final OpinionLedger ledger;

	private final OpinionTasks tasks;

	private final OpinionStatements statements;

	private final OpinionExports exports;

	private final Clock clock;

	OpinionController(OpinionManagement cases, OpinionLedger ledger, OpinionTasks tasks, OpinionStatements statements,
			OpinionExports exports, Clock clock) {
		this.cases = cases;
		this.ledger = ledger;
		this.tasks = tasks;
		this.statements = statements;
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) CaseState state, @RequestParam(required = false) Severity severity,
			@RequestParam(defaultValue = "false") boolean overdue, Model model) {
		model.addAttribute("cases", ledger.cases(state, severity, overdue));
		model.addAttribute("state", state);
		model.addAttribute("severity", severity);
		model.addAttribute("overdue", overdue);
		model.addAttribute("states", CaseState.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("canOpen", Callers.current().can(OpinionPermissions.MANAGE));
		return "opinion/ledger";
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) CaseState state, @RequestParam(required = false) Severity severity,
			@RequestParam(defaultValue = "false") boolean overdue, HttpServletResponse response) throws IOException {
		exports.ledger(ledger.cases(state, severity, overdue), response);
	}

	@GetMapping("/new")
	String form(Model model) {
		CurrentUser me = Callers.current().require(OpinionPermissions.MANAGE);
		model.addAttribute("severities", Severity.values());
		model.addAttribute("sources", CaseSource.values());
		model.addAttribute("now",
				LocalDateTime.now(clock.withZone(ZoneId.systemDefault())).truncatedTo(ChronoUnit.MINUTES));
		// the schools are picked by fragments/school-picker
		return "opinion/open";
	}

	@PostMapping
	String open(@Valid OpenCase command, RedirectAttributes redirect) {
		long id = cases.open(command);
		redirect.addFlashAttribute("message", "opinion.opened");
		return "redirect:/opinions/" + id;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("detail", ledger.detail(id));
		model.addAttribute("departmentKinds", DepartmentKind.values());
		model.addAttribute("statementKinds", StatementKind.values());
		model.addAttribute("soon",
				LocalDateTime.now(clock.withZone(ZoneId.systemDefault())).plusHours(2).truncatedTo(ChronoUnit.MINUTES));
		return "opinion/detail";
	}

	@GetMapping("/{id}/report.pdf")
	ResponseEntity<byte[]> report(@PathVariable long id) {
		return exports.report(id);
	}

	@PostMapping("/{id}/people")
	String person(@PathVariable long id, @Valid AddPerson command, RedirectAttributes redirect) {
		cases.addPerson(id, command);
		return done(id, redirect);
	}

	@PostMapping("/{id}/departments")
	String department(@PathVariable long id, @Valid LinkDepartment command, RedirectAttributes redirect) {
		cases.linkDepartment(id, command);
		return done(id, redirect);
	}

	@PostMapping("/{id}/tasks")
	String task(@PathVariable long id, @Valid AssignTask command, RedirectAttributes redirect) {
		tasks.assign(id, command);
		return done(id, redirect);
	}

	@PostMapping("/{id}/notes")
	String note(@PathVariable long id, @Valid StepNote command, RedirectAttributes redirect) {
		cases.note(id, command);
		return done(id, redirect);
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		cases.close(id);
		return done(id, redirect);
	}

	@PostMapping("/{id}/statements")
	String draft(@PathVariable long id, @Valid DraftStatement command, RedirectAttributes redirect) {
		statements.draft(id, command);
		return done(id, redirect);
	}

	@PostMapping("/{id}/statements/{statementId}/approve")
	String approve(@PathVariable long id, @PathVariable long statementId, RedirectAttributes redirect) {
		statements.approve(id, statementId);
		return done(id, redirect);
	}

	@PostMapping("/{id}/statements/{statementId}/return")
	String sendBack(@PathVariable long id, @PathVariable long statementId, @Valid StepNote command,
			RedirectAttributes redirect) {
		statements.sendBack(id, statementId, command);
		return done(id, redirect);
	}

	@PostMapping("/{id}/statements/{statementId}/publish")
	String publish(@PathVariable long id, @PathVariable long statementId, RedirectAttributes redirect) {
		statements.publish(id, statementId);
		return done(id, redirect);
	}

	private static String done(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "opinion.step.done");
		return "redirect:/opinions/" + id;
	}

}
