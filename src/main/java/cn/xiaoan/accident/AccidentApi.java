package cn.xiaoan.accident;

import java.util.List;

import cn.xiaoan.org.Page;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of accidents: the same module calls and command records as the pages; a step
 * answers the accident as it is afterwards.
 */
@RestController
@RequestMapping("/api/v1/accidents")
class AccidentApi {

	private final AccidentManagement accidents;

	private final AccidentHandling handling;

	private final AccidentReads reads;

	private final AccidentLedger ledger;

	private final AccidentStatistics statistics;

	AccidentApi(AccidentManagement accidents, AccidentHandling handling, AccidentReads reads, AccidentLedger ledger,
			AccidentStatistics statistics) {
		this.accidents = accidents;
		this.handling = handling;
		this.reads = reads;
		this.ledger = ledger;
		this.statistics = statistics;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	AccidentSummary report(@Valid @RequestBody ReportAccident command) {
		return accidents.report(command);
	}

	@GetMapping
	Page<AccidentSummary> ledger(@ModelAttribute AccidentQuery query) {
		return ledger.ledger(query);
	}

	@GetMapping("/late")
	List<AccidentLedger.LateHop> late() {
		return ledger.late();
	}

	@GetMapping("/statistics")
	AccidentStatistics.Tables statistics(@RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year) {
		return statistics.tables(region, year);
	}

	@GetMapping("/{id}")
	AccidentDetail detail(@PathVariable long id) {
		return reads.detail(id);
	}

	@PostMapping("/{id}/receive")
	AccidentDetail receive(@PathVariable long id) {
		accidents.receive(id);
		return reads.detail(id);
	}

	@PostMapping("/{id}/forward")
	AccidentDetail forward(@PathVariable long id) {
		accidents.forward(id);
		return reads.detail(id);
	}

	@PostMapping("/{id}/claims")
	@ResponseStatus(HttpStatus.CREATED)
	AccidentDetail claim(@PathVariable long id, @Valid @RequestBody HandlingCommands.RecordClaim command) {
		handling.recordClaim(id, command);
		return reads.detail(id);
	}

	@PostMapping("/{id}/claims/{claim}/advance")
	AccidentDetail advance(@PathVariable long id, @PathVariable long claim,
			@Valid @RequestBody(required = false) HandlingCommands.AdvanceClaim command) {
		handling.advanceClaim(id, claim, command == null ? null : command.paidYuan());
		return reads.detail(id);
	}

	@PutMapping("/{id}/responsibility")
	AccidentDetail responsibility(@PathVariable long id,
			@Valid @RequestBody HandlingCommands.DetermineResponsibility command) {
		handling.determineResponsibility(id, command);
		return reads.detail(id);
	}

	@PostMapping("/{id}/mediations")
	AccidentDetail mediation(@PathVariable long id, @Valid @RequestBody HandlingCommands.RecordMediation command) {
		handling.recordMediation(id, command);
		return reads.detail(id);
	}

	@PostMapping("/{id}/disruption")
	AccidentDetail disruption(@PathVariable long id, @Valid @RequestBody HandlingCommands.RecordDisruption command) {
		handling.recordDisruption(id, command);
		return reads.detail(id);
	}

	@PostMapping("/{id}/close")
	AccidentDetail close(@PathVariable long id, @Valid @RequestBody HandlingCommands.CloseAccident command) {
		handling.close(id, command);
		return reads.detail(id);
	}

}
