package cn.xiaoan.analytics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.accident.AccidentFiguresBySchool;
import cn.xiaoan.accident.SchoolAccidentFigures;
import cn.xiaoan.accident.Severity;

import org.springframework.stereotype.Component;

/**
 * The accidents of a region (or one school) over a period by severity: this platform's
 * through the accident module's published figures, and those the installations below
 * reported ({@link FiguresElsewhere}).
 */
@Component
class AccidentsOfPeriod {

	private final AccidentFiguresBySchool accidents;

	private final Elsewhere elsewhere;

	AccidentsOfPeriod(AccidentFiguresBySchool accidents, Elsewhere elsewhere) {
		this.accidents = accidents;
		this.elsewhere = elsewhere;
	}

	HazardAnalysis.Accidents of(String prefix, Long schoolId, Period period) {
		Map<String, long[]> rows = new LinkedHashMap<>();
		for (Severity s : Severity.values()) {
			rows.put(s.name(), new long[2]);
		}
		for (SchoolAccidentFigures f : accidents.of(prefix, period.from(), period.to())) {
			if (schoolId == null || f.schoolId() == schoolId) {
				rows.get(Severity.GENERAL.name())[0] += f.general();
				rows.get(Severity.LARGER.name())[0] += f.larger();
				rows.get(Severity.MAJOR.name())[0] += f.major();
				rows.get(Severity.ESPECIALLY_MAJOR.name())[0] += f.especiallyMajor();
			}
		}
		if (schoolId == null) {
			// a severity of a later release below is counted, under its code's row
			for (FiguresElsewhere.AccidentCount c : elsewhere.accidents(prefix, period)) {
				String severity = rows.containsKey(c.severity()) ? c.severity() : "";
				rows.computeIfAbsent(severity, k -> new long[2])[1] += c.accidents();
			}
		}
		List<HazardAnalysis.SeverityRow> bySeverity = rows.entrySet()
			.stream()
			.map(e -> new HazardAnalysis.SeverityRow(e.getKey(), e.getValue()[0], e.getValue()[1]))
			.toList();
		return new HazardAnalysis.Accidents(bySeverity.stream().mapToLong(HazardAnalysis.SeverityRow::here).sum(),
				bySeverity.stream().mapToLong(HazardAnalysis.SeverityRow::elsewhere).sum(), bySeverity);
	}

}
