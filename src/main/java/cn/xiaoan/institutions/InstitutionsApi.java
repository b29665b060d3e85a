package cn.xiaoan.institutions;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

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
 * REST API of the off-campus institutions: the register, inspections, rectification
 * evidence, resettlement plans and the published lists — the same module calls as the
 * pages.
 */
@RestController
@RequestMapping("/api/v1/institutions")
class InstitutionsApi {

	private final InstitutionsManagement institutions;

	private final InstitutionChecks checks;

	InstitutionsApi(InstitutionsManagement institutions, InstitutionChecks checks) {
		this.institutions = institutions;
		this.checks = checks;
	}

	/** Evidence of a rectification, as text. */
	record Evidence(@Size(max = 500) String evidence) {
	}

	/** What became of a resettlement group. */
	record Closing(@Size(max = 300) String outcome) {
	}

	@GetMapping
	List<InstitutionSummary> list(@RequestParam(required = false) InstitutionStatus status) {
		return institutions.list(status);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	InstitutionSummary register(@Valid @RequestBody RegisterInstitution command) {
		return institutions.register(command);
	}

	@GetMapping("/{id}")
	InstitutionDetail detail(@PathVariable long id) {
		return institutions.detail(id);
	}

	@PutMapping("/{id}")
	InstitutionSummary update(@PathVariable long id, @Valid @RequestBody RegisterInstitution command) {
		return institutions.update(id, command);
	}

	@GetMapping("/checklist")
	List<CheckItem> checklist() {
		return institutions.checklist();
	}

	@PostMapping("/{id}/inspections")
	@ResponseStatus(HttpStatus.CREATED)
	InspectionView inspect(@PathVariable long id, @Valid @RequestBody InspectInstitution command) {
		return checks.inspect(id, command);
	}

	@GetMapping("/rectifications")
	List<RectificationView> rectifications() {
		return checks.openRectifications();
	}

	@PostMapping("/rectifications/{rectification}/evidence")
	RectificationView evidence(@PathVariable long rectification, @Valid @RequestBody Evidence body) {
		return checks.submitEvidence(rectification, body.evidence(), null, null);
	}

	@GetMapping("/resettlements")
	List<BanView> resettlements() {
		return checks.openResettlements();
	}

	@PostMapping("/bans/{ban}/resettlements")
	@ResponseStatus(HttpStatus.CREATED)
	BanView addResettlement(@PathVariable long ban, @Valid @RequestBody AddResettlement command) {
		return checks.addResettlement(ban, command);
	}

	@PostMapping("/resettlements/{resettlement}/close")
	BanView close(@PathVariable long resettlement, @Valid @RequestBody Closing body) {
		return checks.closeResettlement(resettlement, body.outcome());
	}

	@GetMapping("/lists")
	ResponseEntity<PublishedList> lists(@RequestParam(required = false) String county) {
		return institutions.published(county)
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PostMapping("/lists")
	@ResponseStatus(HttpStatus.CREATED)
	PublishedList publish(@RequestParam(required = false) String county) {
		return institutions.publish(county);
	}

}
