package cn.xiaoan.risk;

import java.util.Map;

/** A template a bureau adds to the library for the schools of its region. */
record NewTemplate(String categoryCode, String name, String hazardFactors, String accidentTypes, String controlMeasures,
		String emergencyMeasures) {

	public NewTemplate {
		categoryCode = TextRules.trim(categoryCode);
		name = TextRules.trim(name);
		hazardFactors = TextRules.trim(hazardFactors);
		accidentTypes = TextRules.trim(accidentTypes);
		controlMeasures = TextRules.trim(controlMeasures);
		emergencyMeasures = TextRules.trim(emergencyMeasures);
	}

	Map<String, String> problems() {
		return new TextRules().required("categoryCode", categoryCode, 20)
			.required("name", name, 100)
			.required("hazardFactors", hazardFactors, 2000)
			.required("accidentTypes", accidentTypes, 500)
			.required("controlMeasures", controlMeasures, 2000)
			.required("emergencyMeasures", emergencyMeasures, 2000)
			.errors();
	}

}
