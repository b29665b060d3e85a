package cn.xiaoan.liaison;

import java.util.List;

import jakarta.validation.Valid;

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
 * REST API of police-school liaison: the 法治副校长 register and the clues, with the police's
 * steps. The same module calls, and scope checks, as the pages; a clue carries no
 * student's name.
 */
@RestController
@RequestMapping("/api/v1/liaison")
class LiaisonApi {

	private final LiaisonManagement liaison;

	private final ClueManagement clues;

	LiaisonApi(LiaisonManagement liaison, ClueManagement clues) {
		this.liaison = liaison;
		this.clues = clues;
	}

	@GetMapping
	LiaisonOverview overview() {
		return liaison.overview();
	}

	@GetMapping("/deputies")
	List<SchoolDeputy> register() {
		return liaison.register();
	}

	@PostMapping("/deputies")
	@ResponseStatus(HttpStatus.CREATED)
	DeputyView appoint(@Valid @RequestBody AppointDeputy command) {
		return liaison.appoint(command);
	}

	@GetMapping("/deputies/{id}")
	DeputyDetail deputy(@PathVariable long id) {
		return liaison.deputy(id);
	}

	@PostMapping("/deputies/{id}/duties")
	@ResponseStatus(HttpStatus.CREATED)
	DeputyDetail duty(@PathVariable long id, @Valid @RequestBody LogDuty duty) {
		return liaison.logDuty(id, duty);
	}

	@GetMapping("/clues")
	List<ClueView> clues(@RequestParam(required = false) ClueState state,
			@RequestParam(required = false) ClueCategory category, @RequestParam(defaultValue = "false") boolean late) {
		return clues.list(state, category, late);
	}

	@PostMapping("/clues")
	@ResponseStatus(HttpStatus.CREATED)
	ClueView forward(@Valid @RequestBody ForwardClue command) {
		return clues.forward(command);
	}

	@GetMapping("/clues/{id}")
	ClueDetail clue(@PathVariable long id) {
		return clues.detail(id);
	}

	@PostMapping("/clues/{id}/acknowledge")
	ClueView acknowledge(@PathVariable long id) {
		return clues.acknowledge(id);
	}

	@PostMapping("/clues/{id}/ask")
	ClueView ask(@PathVariable long id, @Valid @RequestBody ClueAnswer question) {
		return clues.ask(id, question);
	}

	@PostMapping("/clues/{id}/close")
	ClueView close(@PathVariable long id, @Valid @RequestBody CloseClue outcome) {
		return clues.close(id, outcome);
	}

	@PostMapping("/clues/{id}/transfer")
	ClueView transfer(@PathVariable long id, @Valid @RequestBody TransferClue command) {
		return clues.transfer(id, command);
	}

	@PostMapping("/clues/{id}/messages")
	@ResponseStatus(HttpStatus.CREATED)
	ClueView message(@PathVariable long id, @Valid @RequestBody ClueAnswer message) {
		return clues.message(id, message);
	}

}
