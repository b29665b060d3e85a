package cn.xiaoan.assessment;

import cn.xiaoan.hazard.HazardFigures;

/**
 * How an indicator is scored. The computed ones read the hazard ledger's figures of the
 * period; {@code target} is the rate that earns full marks (rectification) or none
 * (overdue). A school that found no hazard, or has none open, has nothing to fall short
 * of and earns full marks.
 */
public enum IndicatorKind {

	/** 隐患整改率: fixed ÷ found; full marks at the target rate or above. */
	HAZARD_RECTIFICATION(true),

	/** 隐患逾期率: overdue ÷ open; marks fall linearly to none at the target rate. */
	HAZARD_OVERDUE(true),

	/** Scored by an inspector on site or online, 0 to the weight, with evidence. */
	INSPECTED(false);

	private final boolean computed;

	IndicatorKind(boolean computed) {
		this.computed = computed;
	}

	public boolean computed() {
		return computed;
	}

	public String messageKey() {
		return "assessment.kind." + name();
	}

	/** The points a computed indicator earns from a school's figures. */
	double points(double weight, double target, HazardFigures figures) {
		return switch (this) {
			case HAZARD_RECTIFICATION -> figures == null || figures.hazards() == 0 ? weight
					: weight * Math.min(1, figures.rectificationRate() / target);
			case HAZARD_OVERDUE -> figures == null || figures.open() == 0 ? weight
					: weight * Math.max(0, 1 - figures.overdueRate() / target);
			case INSPECTED -> throw new IllegalStateException("an inspector scores this indicator");
		};
	}

}
