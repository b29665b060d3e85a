package cn.xiaoan.accident;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import cn.xiaoan.org.Page;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.ExcelExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The accident pages: the ledger, the report form, an accident with the steps the caller
 * may take, the late reports of the caller's level and the statistics with drill-down.
 */
@Controller
@RequestMapping("/accidents")
class AccidentController {

	private final AccidentManagement accidents;

	private final AccidentHandling handling;

	private final AccidentReads reads;

	private final AccidentLedger ledger;

	private final AccidentStatistics statistics;

	private final AccidentExports exports;

	AccidentController(AccidentManagement accidents, AccidentHandling handling, AccidentReads reads,
			AccidentLedger ledger, AccidentStatistics statistics, AccidentExports exports) {
		this.accidents = accidents;
		this.handling = handling;
		this.reads = reads;
		this.ledger = ledger;
		this.statistics = statistics;
		this.exports = exports;
	}

	@GetMapping
	String ledger(@ModelAttribute("query") AccidentQuery query, Model model) {
		Page<AccidentSummary> page = ledger.ledger(query);
		model.addAttribute("result", page);
		model.addAttribute("schoolNames", ledger.schoolNames(page.items()));
		model.addAttribute("kinds", AccidentKind.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("bureau", !Callers.current().atOneSchool());
		return "accident/ledger";
	}

	@GetMapping("/export")
	void export(@ModelAttribute AccidentQuery query, HttpServletResponse response) throws IOException {
		ledger.params(query); // refuses a filter outside the scope before the headers go
								// out
		ExcelExport.prepareDownload(response, exports.ledgerName());
		exports.ledger(query, response.getOutputStream());
	}

	@GetMapping("/late")
	String late(Model model) {
		model.addAttribute("late", ledger.late());
		return "accident/late";
	}

	@GetMapping("/statistics")
	String statistics(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			Model model) {
		model.addAttribute("stats", statistics.tables(region, year));
		model.addAttribute("bureau", !Callers.current().atOneSchool());
		return "accident/statistics";
	}

	@GetMapping("/statistics/export")
	void exportTable(@RequestParam String table, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
		statistics.tables(region, year).table(table); // refuses an unknown table or
														// region first
		ExcelExport.prepareDownload(response, exports.tableName(table));
		exports.table(table, region, year, response.getOutputStream());
	}

	@GetMapping("/report")
	String reportForm(Model model) {
		// the school is picked by fragments/school-picker
		Callers.current().require(AccidentManagement.ACCIDENT_REPORT);
		model.addAttribute("kinds", AccidentKind.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("injuries", Injury.values());
		model.addAttribute("personKinds", PersonKind.values());
		return "accident/report";
	}

	/**
	 * The form sends the people hurt as parallel columns (one value per row, blank rows
	 * included), which the command takes as a list.
	 */
	@PostMapping("/report")
	String report(@Valid ReportAccident command, @RequestParam(required = false) List<String> victimKind,
			@RequestParam(required = false) List<String> victimSurname,
			@RequestParam(required = false) List<String> victimGrade,
			@RequestParam(required = false) List<String> victimAge,
			@RequestParam(required = false) List<String> victimStudent,
			@RequestParam(required = false) List<String> victimInjury, RedirectAttributes redirect) {
		List<ReportAccident.Victim> victims = VictimColumns.rows(victimKind, victimSurname, victimGrade, victimAge,
				victimStudent, victimInjury);
		AccidentSummary created = accidents.report(new ReportAccident(command.schoolId(), command.occurredAt(),
				command.place(), command.kind(), command.severity(), command.description(), command.firstMeasures(),
				command.guardiansInformedAt(), command.policeInvolved(), command.medicalInvolved(), victims));
		redirect.addFlashAttribute("message", "accident.reported");
		return "redirect:/accidents/" + created.id();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("detail", reads.detail(id));
		model.addAttribute("responsibilities", Responsibility.values());
		return "accident/detail";
	}

	@PostMapping("/{id}/receive")
	String receive(@PathVariable long id, RedirectAttributes redirect) {
		accidents.receive(id);
		return done(id, redirect);
	}

	@PostMapping("/{id}/forward")
	String forward(@PathVariable long id, RedirectAttributes redirect) {
		accidents.forward(id);
		return done(id, redirect);
	}

	@PostMapping("/{id}/claims")
	String claim(@PathVariable long id, @Valid HandlingCommands.RecordClaim command, RedirectAttributes redirect) {
		handling.recordClaim(id, command);
		return done(id, redirect);
	}

	@PostMapping("/{id}/claims/{claim}/advance")
	String advance(@PathVariable long id, @PathVariable long claim, @Valid HandlingCommands.AdvanceClaim command,
			RedirectAttributes redirect) {
		BigDecimal paid = command.paidYuan();
		handling.advanceClaim(id, claim, paid);
		return done(id, redirect);
	}

	@PostMapping("/{id}/responsibility")
	String responsibility(@PathVariable long id, @Valid HandlingCommands.DetermineResponsibility command,
			RedirectAttributes redirect) {
		handling.determineResponsibility(id, command);
		return done(id, redirect);
	}

	@PostMapping("/{id}/mediations")
	String mediation(@PathVariable long id, @Valid HandlingCommands.RecordMediation command,
			RedirectAttributes redirect) {
		handling.recordMediation(id, command);
		return done(id, redirect);
	}

	@PostMapping("/{id}/disruption")
	String disruption(@PathVariable long id, @Valid HandlingCommands.RecordDisruption command,
			RedirectAttributes redirect) {
		handling.recordDisruption(id, command);
		return done(id, redirect);
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, @Valid HandlingCommands.CloseAccident command, RedirectAttributes redirect) {
		handling.close(id, command);
		return done(id, redirect);
	}

	private static String done(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", "accident.step.done");
		return "redirect:/accidents/" + id;
	}

}
