package cn.xiaoan.surroundings;

import java.io.IOException;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * REST API of the surroundings register, its cases and the guard posts. A case is closed
 * as a multipart form (the result, the day, up to four photos); a check-in is sent with
 * the phone's {@code clientId}: the first arrival answers 201, a resend 200 with the same
 * record. A check of the surroundings (ADR 0048) is sent the same way.
 */
@RestController
@RequestMapping("/api/v1/surroundings")
class SurroundingsApi {

	private final SurroundingsManagement register;

	private final CaseManagement cases;

	private final GuardPostManagement posts;

	private final CheckManagement checks;

	SurroundingsApi(SurroundingsManagement register, CaseManagement cases, GuardPostManagement posts,
			CheckManagement checks) {
		this.register = register;
		this.cases = cases;
		this.posts = posts;
		this.checks = checks;
	}

	@GetMapping("/venues")
	List<VenueSummary> venues() {
		return register.list();
	}

	@PostMapping("/venues")
	@ResponseStatus(HttpStatus.CREATED)
	VenueSummary record(@Valid @RequestBody RegisterVenue command) {
		return register.register(command);
	}

	@GetMapping("/venues/{id}")
	SurroundingsManagement.VenueDetail venue(@PathVariable long id) {
		return register.detail(id);
	}

	@GetMapping("/venue-cases")
	List<CaseView> cases(@RequestParam(required = false) String state) {
		return cases.list(state);
	}

	@GetMapping("/venue-cases/{id}")
	CaseView caseView(@PathVariable long id) {
		return cases.detail(id);
	}

	@PostMapping("/venue-cases/{id}/close")
	CaseView close(@PathVariable long id, @Valid @ModelAttribute CloseCase command,
			@RequestParam(name = "photo", required = false) List<MultipartFile> photos) throws IOException {
		cases.close(id, command, CaseController.photos(photos));
		return cases.detail(id);
	}

	@PostMapping("/venue-cases/{id}/confirm")
	CaseView confirm(@PathVariable long id, @RequestParam(required = false) String note) {
		cases.confirm(id, note);
		return cases.detail(id);
	}

	@PostMapping("/venue-cases/{id}/reopen")
	CaseView reopen(@PathVariable long id, @RequestParam(required = false) String note) {
		cases.reopen(id, note);
		return cases.detail(id);
	}

	@GetMapping("/guard-posts")
	List<GuardPost> guardPosts() {
		return posts.posts();
	}

	@GetMapping("/gaps")
	List<Gap> gaps(@RequestParam(defaultValue = "200") int limit) {
		return posts.gaps(limit);
	}

	@PostMapping("/check-ins")
	ResponseEntity<CheckIn> checkIn(@Valid @ModelAttribute RecordCheckIn command,
			@RequestParam(name = "photo", required = false) MultipartFile photo) throws IOException {
		GuardPostManagement.Received received = posts.checkIn(command, GuardPostController.photo(photo));
		return ResponseEntity.status(received.created() ? HttpStatus.CREATED : HttpStatus.OK).body(received.checkIn());
	}

	@GetMapping("/checks")
	List<VenueCheck> checks(@RequestParam(defaultValue = "200") int limit) {
		return checks.checks(limit);
	}

	@PostMapping("/checks")
	ResponseEntity<VenueCheck> check(@Valid @ModelAttribute RecordCheck command,
			@RequestParam(name = "photo", required = false) MultipartFile photo) throws IOException {
		CheckManagement.Received received = checks.record(command, GuardPostController.photo(photo));
		return ResponseEntity.status(received.created() ? HttpStatus.CREATED : HttpStatus.OK).body(received.check());
	}

}
