package cn.xiaoan.assessment;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An inspector's score of an inspected indicator for a school and period (at most the
 * indicator's weight), with what was seen.
 */
public record ScoreItem(@NotNull Long indicatorId, @NotNull Long schoolId, @NotBlank @Size(max = 12) String period,
		@NotNull @DecimalMin("0") BigDecimal points, @Size(max = 1000) String note) {

	public ScoreItem {
		note = note == null ? "" : note.trim();
	}

}
