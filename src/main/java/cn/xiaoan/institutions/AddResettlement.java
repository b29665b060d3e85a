package cn.xiaoan.institutions;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A group of a banned institution's students in the resettlement plan: how they are
 * looked after, their school of origin if known, how many, the refund owed to them.
 */
public record AddResettlement(@NotNull ResettlementMethod method, @Size(max = 100) String originSchool,
		@NotNull @Min(1) @Max(100000) Integer students, @DecimalMin("0") BigDecimal refund,
		@Size(max = 300) String note) {

	public AddResettlement {
		originSchool = originSchool == null ? "" : originSchool.trim();
		refund = refund == null ? BigDecimal.ZERO : refund;
		note = note == null ? "" : note.trim();
	}

}
