package cn.xiaoan.bullying;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 认定: is it bullying, and if so of which kind and how serious; with the reasons. Kind and
 * severity are required when it is bullying (checked by {@link BullyingManagement}).
 */
public record DecideCase(@NotNull Boolean bullying, BullyingKind kind, Severity severity,
		@NotBlank @Size(max = 2000) String reasoning) {

	void check() {
		if (Boolean.TRUE.equals(bullying) && kind == null) {
			throw new cn.xiaoan.shared.BusinessRuleViolation("kind", "bullying.decide.kind");
		}
		if (Boolean.TRUE.equals(bullying) && severity == null) {
			throw new cn.xiaoan.shared.BusinessRuleViolation("severity", "bullying.decide.severityMissing");
		}
	}

}
