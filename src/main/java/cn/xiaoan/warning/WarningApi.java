package cn.xiaoan.warning;

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

/** REST API of warnings: the same module calls and command records as the pages. */
@RestController
@RequestMapping("/api/v1/warnings")
class WarningApi {

	private final WarningManagement warnings;

	WarningApi(WarningManagement warnings) {
		this.warnings = warnings;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	WarningSummary issue(@Valid @RequestBody IssueWarning command) {
		return warnings.issue(command);
	}

	@GetMapping
	List<WarningSummary> list() {
		return warnings.list();
	}

	@GetMapping("/{id}")
	WarningDetail detail(@PathVariable long id) {
		return warnings.detail(id);
	}

	@GetMapping("/{id}/progress")
	Progress progress(@PathVariable long id, @RequestParam(required = false) String region) {
		return warnings.progress(id, region);
	}

	@GetMapping("/{id}/acknowledgements")
	List<Acknowledgement> acknowledgements(@PathVariable long id, @RequestParam(required = false) String region,
			@RequestParam(required = false) String filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return warnings.lines(id, region, filter, page, size);
	}

	@PostMapping("/{id}/acknowledgement")
	Acknowledgement acknowledge(@PathVariable long id, @Valid @RequestBody AcknowledgeWarning command) {
		return warnings.acknowledge(id, command);
	}

}
