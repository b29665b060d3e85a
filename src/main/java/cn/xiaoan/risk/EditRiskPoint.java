package cn.xiaoan.risk;

import java.util.Map;

/** The descriptive fields of a risk point a school edits after adopting it. */
record EditRiskPoint(String name, String location, String hazardFactors, String accidentTypes, String emergencyMeasures,
		String supervisingDepartment, String reportPhone) {

	public EditRiskPoint {
		name = TextRules.trim(name);
		location = TextRules.trim(location);
		hazardFactors = TextRules.trim(hazardFactors);
		accidentTypes = TextRules.trim(accidentTypes);
		emergencyMeasures = TextRules.trim(emergencyMeasures);
		supervisingDepartment = TextRules.trim(supervisingDepartment);
		reportPhone = TextRules.trim(reportPhone);
	}

	/** Whether saving this would leave the point as it is. */
	boolean sameAs(RiskPoint p) {
		return name.equals(p.name()) && location.equals(p.location()) && hazardFactors.equals(p.hazardFactors())
				&& accidentTypes.equals(p.accidentTypes()) && emergencyMeasures.equals(p.emergencyMeasures())
				&& supervisingDepartment.equals(p.supervisingDepartment()) && reportPhone.equals(p.reportPhone());
	}

	Map<String, String> problems() {
		return new TextRules().required("name", name, 100)
			.optional("location", location, 100)
			.required("hazardFactors", hazardFactors, 2000)
			.required("accidentTypes", accidentTypes, 500)
			.required("emergencyMeasures", emergencyMeasures, 2000)
			.optional("supervisingDepartment", supervisingDepartment, 50)
			.optional("reportPhone", reportPhone, 30)
			.errors();
	}

}
