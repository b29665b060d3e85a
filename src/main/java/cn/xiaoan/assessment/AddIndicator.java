package cn.xiaoan.assessment;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An indicator of a scheme: its points (weight) and, when computed, the rate its rule
 * measures against (see {@link IndicatorKind}).
 */
public record AddIndicator(@NotBlank @Size(max = 200) String name, @NotNull IndicatorKind kind,
		@NotNull @DecimalMin("0.5") @DecimalMax("100") BigDecimal weight,
		@DecimalMin("1") @DecimalMax("100") BigDecimal target) {

	public AddIndicator {
		name = name == null ? null : name.trim();
	}

}
