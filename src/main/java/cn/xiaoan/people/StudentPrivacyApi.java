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

	StudentPrivacyApi(StudentReveal reveal) {
		this.reveal = reveal;
	}

	@PostMapping("/reveal")
	RevealedStudent reveal(@PathVariable long id, @Valid @RequestBody RevealRequest request) {
		return reveal.reveal(id, request);
	}

}
