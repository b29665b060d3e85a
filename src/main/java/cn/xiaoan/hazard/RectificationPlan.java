package cn.xiaoan.hazard;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * 五落实: responsible person, measures, funds, deadline and the contingency plan while it
 * remains.
 */
record RectificationPlan(
		@NotBlank(message = "{hazard.plan.person}") @Size(max = 50,
				message = "{hazard.plan.person}") String responsiblePerson,
		@NotBlank(message = "{hazard.plan.measures}") @Size(max = 1000,
				message = "{hazard.plan.measures}") String measures,
		@NotNull(message = "{hazard.plan.funds}") @DecimalMin(value = "0", message = "{hazard.plan.funds}") @Digits(
				integer = 10, fraction = 2, message = "{hazard.plan.funds}") BigDecimal fundsYuan,
		@NotNull(message = "{hazard.deadline.past}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
		@NotBlank(message = "{hazard.plan.contingency}") @Size(max = 1000,
				message = "{hazard.plan.contingency}") String contingencyPlan) {
}
