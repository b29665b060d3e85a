package cn.xiaoan.bullying;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The county office's 复查 answer: the school's decision upheld, or overturned with the
 * office's own finding (kind and severity when it finds bullying).
 */
public record AnswerAppeal(@NotNull ReviewOutcome outcome, Boolean bullying, BullyingKind kind, Severity severity,
		@NotBlank @Size(max = 2000) String reasoning) {

	/** The finding an overturning answer puts in place of the school's. */
	DecideCase finding() {
		if (bullying == null) {
			throw new cn.xiaoan.shared.BusinessRuleViolation("bullying", "bullying.review.finding");
		}
		DecideCase finding = new DecideCase(bullying, kind, severity, reasoning);
		finding.check();
		return finding;
	}

}
