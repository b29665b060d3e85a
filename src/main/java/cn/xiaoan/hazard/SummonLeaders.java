package cn.xiaoan.hazard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 约谈: who was summoned and what was said. */
record SummonLeaders(
		@NotBlank(message = "{hazard.summon.note}") @Size(max = 500, message = "{hazard.summon.note}") String note) {
}
