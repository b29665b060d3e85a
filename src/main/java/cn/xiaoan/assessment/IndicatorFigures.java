package cn.xiaoan.assessment;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.accident.AccidentFiguresBySchool;
import cn.xiaoan.accident.SchoolAccidentFigures;
import cn.xiaoan.bullying.BullyingFigures;
import cn.xiaoan.duty.SchoolSigningFigures;
import cn.xiaoan.duty.SigningFiguresBySchool;
import cn.xiaoan.education.CampaignFiguresBySchool;
import cn.xiaoan.education.SchoolCampaignFigures;
import cn.xiaoan.emergency.DrillFiguresBySchool;
import cn.xiaoan.emergency.SchoolDrillFigures;
import cn.xiaoan.security.HundredPercentBySchool;
import cn.xiaoan.security.SchoolHundredPercent;
import cn.xiaoan.warning.SchoolWarningFigures;
import cn.xiaoan.warning.WarningFiguresBySchool;

import org.springframework.stereotype.Component;

/**
 * The per-school figures of the computed indicators other than the hazard ledger's, each
 * from the one grouped read its module publishes (ADR 0058); only the kinds a scheme uses
 * are read.
 */
@Component
class IndicatorFigures {

	private final CampaignFiguresBySchool education;

	private final DrillFiguresBySchool drills;

	private final HundredPercentBySchool security;

	private final SigningFiguresBySchool duty;

	private final WarningFiguresBySchool warnings;

	private final AccidentFiguresBySchool accidents;

	private final BullyingFigures bullying;

	IndicatorFigures(CampaignFiguresBySchool education, DrillFiguresBySchool drills, HundredPercentBySchool security,
			SigningFiguresBySchool duty, WarningFiguresBySchool warnings, AccidentFiguresBySchool accidents,
			BullyingFigures bullying) {
		this.education = education;
		this.drills = drills;
		this.security = security;
		this.duty = duty;
		this.warnings = warnings;
		this.accidents = accidents;
		this.bullying = bullying;
	}

	/** Per school under the prefix, the figures of each kind asked for that it has. */
	Map<Long, Map<IndicatorKind, int[]>> of(Set<IndicatorKind> kinds, String prefix, AssessmentPeriod period) {
		Map<Long, Map<IndicatorKind, int[]>> out = new HashMap<>();
		if (kinds.contains(IndicatorKind.EDUCATION_COMPLETION) || kinds.contains(IndicatorKind.EDUCATION_PASS)) {
			for (SchoolCampaignFigures f : education.of(prefix, period.from(), period.to())) {
				put(out, f.schoolId(), IndicatorKind.EDUCATION_COMPLETION, f.completed(), f.targeted());
				put(out, f.schoolId(), IndicatorKind.EDUCATION_PASS, f.passed(), f.took());
			}
		}
		if (kinds.contains(IndicatorKind.DRILL_COMPLIANCE)) {
			for (SchoolDrillFigures f : drills.of(prefix, period.from(), period.to())) {
				put(out, f.schoolId(), IndicatorKind.DRILL_COMPLIANCE, f.met(), f.due());
			}
		}
		if (kinds.contains(IndicatorKind.HUNDRED_PERCENT)) {
			for (SchoolHundredPercent f : security.of(prefix)) {
				put(out, f.schoolId(), IndicatorKind.HUNDRED_PERCENT, f.met(), f.of());
			}
		}
		if (kinds.contains(IndicatorKind.DUTY_SIGNING)) {
			for (SchoolSigningFigures f : duty.of(prefix)) {
				put(out, f.schoolId(), IndicatorKind.DUTY_SIGNING, (int) f.signed(), (int) f.holding());
			}
		}
		if (kinds.contains(IndicatorKind.WARNING_ACKNOWLEDGED)) {
			for (SchoolWarningFigures f : warnings.of(prefix, period.from(), period.to())) {
				put(out, f.schoolId(), IndicatorKind.WARNING_ACKNOWLEDGED, f.onTime(), f.received());
			}
		}
		if (kinds.contains(IndicatorKind.ACCIDENTS)) {
			for (SchoolAccidentFigures f : accidents.of(prefix, period.from(), period.to())) {
				put(out, f.schoolId(), IndicatorKind.ACCIDENTS, f.general(), f.larger(), f.major(),
						f.especiallyMajor());
			}
		}
		if (kinds.contains(IndicatorKind.BULLYING_ON_TIME)) {
			for (BullyingFigures.SchoolCases f : bullying.bySchool(prefix, period.from(), period.to())) {
				put(out, f.schoolId(), IndicatorKind.BULLYING_ON_TIME, f.onTime(), f.due());
			}
		}
		return out;
	}

	private static void put(Map<Long, Map<IndicatorKind, int[]>> out, long school, IndicatorKind kind, int... figures) {
		out.computeIfAbsent(school, k -> new EnumMap<>(IndicatorKind.class)).put(kind, figures);
	}

}
