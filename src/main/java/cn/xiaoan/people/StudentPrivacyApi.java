package cn.xiaoan.people;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST API of a student's personal data: explicit, audited reveals (ADR 0014). */
@RestController
@RequestMapping("/api/v1/students/{id}")
class StudentPrivacyApi {

	private final StudentReveal reveal;

	private final StudentRetention retention;

	private final GuardianConsents consents;

	private final StudentDataExport export;

	StudentPrivacyApi(StudentReveal reveal, StudentRetention retention, GuardianConsents consents,
			StudentDataExport export) {
		this.reveal = reveal;
		this.retention = retention;
		this.consents = consents;
		this.export = export;
	}

	@PostMapping("/reveal")
	RevealedStudent reveal(@PathVariable long id, @Valid @RequestBody RevealRequest request) {
		return reveal.reveal(id, request);
	}

	@PostMapping("/leave")
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
	void leave(@PathVariable long id, @org.springframework.web.bind.annotation.RequestParam String reason) {
		retention.leave(id, reason);
	}

	@PostMapping("/anonymise")
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
	void anonymise(@PathVariable long id) {
		retention.anonymiseOnRequest(id);
	}

	@org.springframework.web.bind.annotation.GetMapping("/consent")
	GuardianConsents.ConsentState consent(@PathVariable long id) {
		return consents.state(id);
	}

	/** A parent gives ({@code given=true}) or withdraws consent for their child. */
	@PostMapping("/consent")
	GuardianConsents.ConsentState answerConsent(@PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam boolean given) {
		consents.parentAnswers(id, given);
		return consents.state(id);
	}

	@org.springframework.web.bind.annotation.GetMapping("/personal-data")
	java.util.Map<String, Object> personalData(@PathVariable long id) {
		return export.export(id);
	}

}
