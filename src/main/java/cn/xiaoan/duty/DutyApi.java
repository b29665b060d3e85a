package cn.xiaoan.duty;

import java.util.Base64;
import java.util.Map;

import cn.xiaoan.shared.BusinessRuleViolation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the responsibility lists; the same rules as the pages. */
@RestController
@RequestMapping("/api/v1/duty")
class DutyApi {

	private final DutyManagement duty;

	private final DutyAssignments assignments;

	private final DutyRates rates;

	DutyApi(DutyManagement duty, DutyAssignments assignments, DutyRates rates) {
		this.duty = duty;
		this.assignments = assignments;
		this.rates = rates;
	}

	@GetMapping("/my")
	MyDuties mine() {
		return duty.mine();
	}

	/** Signs the caller's list: {"version": "…", "png": "<base64 of the PNG>"}. */
	@PostMapping("/my/signature")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void sign(@RequestBody Map<String, String> body) {
		String png = body.getOrDefault("png", "");
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(png == null ? "" : png.replaceFirst("^data:image/png;base64,", ""));
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessRuleViolation("png", "duty.error.signature.type");
		}
		duty.sign(bytes, body.get("version"));
	}

	@GetMapping("/schools/{id}/signing")
	SchoolSigning signing(@PathVariable long id) {
		return assignments.signing(id);
	}

	@GetMapping("/rates")
	SigningRates rates(@RequestParam(required = false) String region) {
		return rates.below(region);
	}

}
