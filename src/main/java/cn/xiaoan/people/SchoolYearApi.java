package cn.xiaoan.people;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/schools/{id}/school-year/advance}: a preview unless the body says
 * {@code "dryRun": false}.
 */
@RestController
class SchoolYearApi {

	private final SchoolYearOnboarding onboarding;

	SchoolYearApi(SchoolYearOnboarding onboarding) {
		this.onboarding = onboarding;
	}

	@PostMapping("/api/v1/schools/{id}/school-year/advance")
	SchoolYearOutcome advance(@PathVariable long id, @Valid @RequestBody(required = false) AdvanceSchoolYear command) {
		return onboarding.advance(id, command == null ? new AdvanceSchoolYear(true, null) : command);
	}

}
