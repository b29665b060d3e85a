package cn.xiaoan.risk;

import java.math.BigDecimal;

/**
 * An assessment of a risk point: {@code method} LEC (uses l, e, c) or LS (uses l, s), the
 * control measures and the person responsible for them. Checked by {@link RiskGrading}.
 */
public record AssessRisk(String method, BigDecimal l, BigDecimal e, BigDecimal c, BigDecimal s, String controlMeasures,
		String responsiblePerson) {

}
