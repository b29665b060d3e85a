package cn.xiaoan.assessment;

import java.util.Map;

import cn.xiaoan.hazard.HazardFigures;

/**
 * What a school's computed indicators are scored from: the hazard ledger's figures and,
 * per other computed kind, the figures its module published — {@code [part, whole]} for a
 * rate (drills met and due, signed and holding…), {@code [一般, 较大, 重大, 特别重大]} for
 * accidents. A kind absent counts as nothing to measure.
 */
public record SchoolFigures(HazardFigures hazards, Map<IndicatorKind, int[]> others) {

	public SchoolFigures {
		others = others == null ? Map.of() : Map.copyOf(others);
	}

	/** The figures of a kind; zeros when the module reported none for the school. */
	public int[] other(IndicatorKind kind) {
		return others.getOrDefault(kind, new int[kind == IndicatorKind.ACCIDENTS ? 4 : 2]);
	}

	/**
	 * The figure a page shows for a kind: "part / whole" for a rate, the number of
	 * accidents; the hazard kinds show their own columns.
	 */
	public String shown(IndicatorKind kind) {
		int[] f = other(kind);
		if (kind == IndicatorKind.ACCIDENTS) {
			return String.valueOf(f[0] + f[1] + f[2] + f[3]);
		}
		if (kind == IndicatorKind.HAZARD_RECTIFICATION) {
			return hazards == null ? "0 / 0" : hazards.fixed() + " / " + hazards.hazards();
		}
		if (kind == IndicatorKind.HAZARD_OVERDUE) {
			return hazards == null ? "0 / 0" : hazards.overdue() + " / " + hazards.open();
		}
		return f[0] + " / " + f[1];
	}

	/**
	 * The module's list behind a kind's figure for a school over a period, filtered to
	 * the school and the period's days and counting as the figure does (ADR 0058, 0063);
	 * for the kinds of today's state ({@link IndicatorKind#asOfScoring()}) the school's
	 * page of that state.
	 */
	public static String drillDown(IndicatorKind kind, long schoolId, AssessmentPeriod period) {
		String school = "?schoolId=" + schoolId;
		String span = "&from=" + period.from() + "&to=" + period.to();
		return switch (kind) {
			case HAZARD_RECTIFICATION -> "/hazards" + school + span;
			case HAZARD_OVERDUE -> "/hazards" + school + "&overdue=true" + span;
			case EDUCATION_COMPLETION, EDUCATION_PASS -> "/campaigns" + school + span;
			case DRILL_COMPLIANCE -> "/drills" + school + "&month=" + period.from().toString().substring(0, 7);
			case HUNDRED_PERCENT -> "/schools/" + schoolId + "/security";
			case DUTY_SIGNING -> "/duty/schools/" + schoolId;
			case WARNING_ACKNOWLEDGED -> "/warnings" + school + span;
			case ACCIDENTS -> "/accidents" + school + span;
			case BULLYING_ON_TIME -> "/bullying" + school + span;
			case INSPECTED -> null;
		};
	}

}
