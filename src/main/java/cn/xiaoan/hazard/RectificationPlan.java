package cn.xiaoan.hazard;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 五落实: responsible person, measures, funds, deadline and the contingency plan while it
 * remains.
 */
public record RectificationPlan(@NotBlank @Size(max = 50) String responsiblePerson,
		@NotBlank @Size(max = 1000) String measures,
		@NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal fundsYuan, @NotNull LocalDate deadline,
		@NotBlank @Size(max = 1000) String contingencyPlan) {
}
