package cn.xiaoan.policy;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of policy settings. */
@RestController
@RequestMapping("/api/v1/policy")
class PolicyApi {

	private final PolicyManagement policy;

	PolicyApi(PolicyManagement policy) {
		this.policy = policy;
	}

	record OverrideRequest(@NotBlank @Size(max = 100) String value, @NotBlank @Size(max = 300) String legalBasis) {
	}

	@GetMapping("/regions/{region}")
	List<EffectiveValue> region(@PathVariable String region) {
		return policy.effectiveForRegion(region);
	}

	@GetMapping("/schools/{id}")
	List<EffectiveValue> school(@PathVariable long id) {
		return policy.effectiveForSchool(id);
	}

	@PutMapping("/regions/{region}/{setting}")
	EffectiveValue override(@PathVariable String region, @PathVariable PolicySetting setting,
			@Validated @RequestBody OverrideRequest request) {
		return policy.override(setting, region, request.value(), request.legalBasis());
	}

	@DeleteMapping("/regions/{region}/{setting}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void restore(@PathVariable String region, @PathVariable PolicySetting setting) {
		policy.removeOverride(setting, region);
	}

}
