package cn.xiaoan.care;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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
 * REST API of care: the same module calls and command records as the pages. A visit's
 * content is answered to the student's circle only, and each read is audited; bureaus get
 * {@code /overview}, counts only.
 */
@RestController
@RequestMapping("/api/v1/care")
class CareApi {

	private final CareManagement care;

	private final CareBoard board;

	private final CareFigures figures;

	private final CareCounsellors counsellors;

	CareApi(CareManagement care, CareBoard board, CareFigures figures, CareCounsellors counsellors) {
		this.care = care;
		this.board = board;
		this.figures = figures;
		this.counsellors = counsellors;
	}

	@GetMapping("/mine")
	List<MyStudent> mine() {
		return board.mine();
	}

	@GetMapping("/overdue")
	List<MyStudent> overdue() {
		return board.overdue();
	}

	@GetMapping("/classes/{id}")
	ClassPage classPage(@PathVariable long id) {
		return board.classPage(id);
	}

	@PostMapping("/classes/{id}/confirm")
	Map<String, Integer> confirm(@PathVariable long id) {
		return Map.of("paired", care.confirmSuggestions(id));
	}

	@GetMapping("/pupils/{id}")
	CareFile file(@PathVariable long id) {
		return care.file(id);
	}

	@PutMapping("/pupils/{id}/pair")
	CareFile pair(@PathVariable long id, @Valid @RequestBody PairStudent command) {
		care.pair(id, command);
		return care.file(id);
	}

	@PostMapping("/pupils/{id}/flags")
	@ResponseStatus(HttpStatus.CREATED)
	CareFile flag(@PathVariable long id, @Valid @RequestBody FlagStudent command) {
		care.flag(id, command);
		return care.file(id);
	}

	@DeleteMapping("/pupils/{id}/flags/{flag}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void clear(@PathVariable long id, @PathVariable RiskFlag flag) {
		care.clearFlag(id, flag);
	}

	@PostMapping("/pupils/{id}/visits")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Long> record(@PathVariable long id, @Valid @RequestBody RecordVisit command) {
		return Map.of("id", care.record(id, command));
	}

	@GetMapping("/visits/{id}")
	CareVisit visit(@PathVariable long id) {
		return care.visit(id);
	}

	@GetMapping("/overview")
	CareOverview overview(@RequestParam(required = false) String region) {
		return figures.overview(region);
	}

	@GetMapping("/counsellors")
	List<Counsellor> counsellors() {
		return counsellors.ofMySchool();
	}

	@PostMapping("/counsellors")
	@ResponseStatus(HttpStatus.CREATED)
	List<Counsellor> name(@Valid @RequestBody NameCounsellor command) {
		counsellors.name(command);
		return counsellors.ofMySchool();
	}

	@DeleteMapping("/counsellors/{staffId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable long staffId) {
		counsellors.remove(staffId);
	}

}
