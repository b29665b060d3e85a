package cn.xiaoan.assessment;

/**
 * How an indicator is scored (ADR 0054, 0058). The computed ones read what a module
 * publishes per school for the period ({@link SchoolFigures}); {@code target} is the rate
 * in percent that earns full marks — or, for the overdue rate, none; for accidents the
 * percent of the weight one 一般 accident costs. A school with nothing to measure (no
 * hazard found, no campaign, no drill due, nobody holding a duty post, no warning
 * received, no bullying case due) has nothing to fall short of and earns full marks.
 */
public enum IndicatorKind {

	/** 隐患整改率: fixed ÷ found; full marks at the target rate or above. */
	HAZARD_RECTIFICATION(true),

	/** 隐患逾期率: overdue ÷ open; marks fall linearly to none at the target rate. */
	HAZARD_OVERDUE(true),

	/** 专题教育完成率: completed ÷ targeted students of the campaigns of the period. */
	EDUCATION_COMPLETION(true),

	/** 专题教育合格率: passed ÷ students who took the quiz. */
	EDUCATION_PASS(true),

	/**
	 * 演练达标率: drill periods met ÷ drill periods due (months; quarters for kindergartens).
	 */
	DRILL_COMPLIANCE(true),

	/** 三个100%: requirements met ÷ 3 (guards, closed management, alarm and video). */
	HUNDRED_PERCENT(true),

	/** 责任清单签订率: staff with a signed list ÷ staff holding a post, this school year. */
	DUTY_SIGNING(true),

	/** 预警按时签收率: warnings acknowledged in time ÷ warnings received. */
	WARNING_ACKNOWLEDGED(true),

	/**
	 * 安全事故: each 一般 accident costs {@code target}% of the weight, a 较大 one twice that, a
	 * 重大 or 特别重大 one the whole weight; never below 0.
	 */
	ACCIDENTS(true),

	/** 欺凌案件按时处置率: cases decided by their due day ÷ cases due (counts only). */
	BULLYING_ON_TIME(true),

	/** Scored by an inspector on site or online, 0 to the weight, with evidence. */
	INSPECTED(false);

	private final boolean computed;

	IndicatorKind(boolean computed) {
		this.computed = computed;
	}

	public boolean computed() {
		return computed;
	}

	/**
	 * Read from the hazard ledger's columns rather than from {@link SchoolFigures#other}.
	 */
	public boolean hazard() {
		return this == HAZARD_RECTIFICATION || this == HAZARD_OVERDUE;
	}

	/**
	 * A state of the day it is scored (三个100%, duty signing): guards, facilities and
	 * signatures keep no history, so the figure is the state when the scores were
	 * computed and its link opens the school's state of today.
	 */
	public boolean asOfScoring() {
		return this == HUNDRED_PERCENT || this == DUTY_SIGNING;
	}

	public String messageKey() {
		return "assessment.kind." + name();
	}

	/** The rule in a sentence (the scheme page lists it). */
	public String ruleKey() {
		return "assessment.rule." + name();
	}

	/** The points a computed indicator earns from a school's figures. */
	double points(double weight, double target, SchoolFigures figures) {
		return switch (this) {
			case HAZARD_RECTIFICATION -> figures.hazards() == null || figures.hazards().hazards() == 0 ? weight
					: weight * Math.min(1, figures.hazards().rectificationRate() / target);
			case HAZARD_OVERDUE -> figures.hazards() == null || figures.hazards().open() == 0 ? weight
					: weight * Math.max(0, 1 - figures.hazards().overdueRate() / target);
			case ACCIDENTS -> {
				int[] a = figures.other(this);
				double lost = weight * target / 100 * (a[0] + 2.0 * a[1]) + (a[2] + a[3] > 0 ? weight : 0);
				yield Math.max(0, weight - lost);
			}
			case INSPECTED -> throw new IllegalStateException("an inspector scores this indicator");
			default -> {
				int[] f = figures.other(this);
				yield f[1] == 0 ? weight : weight * Math.min(1, 100.0 * f[0] / f[1] / target);
			}
		};
	}

}
