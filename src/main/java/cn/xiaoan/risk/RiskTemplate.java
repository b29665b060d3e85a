package cn.xiaoan.risk;

/**
 * A template of the standard library; {@code regionPrefix} is null for the national
 * library, otherwise the bureau's region whose schools see it.
 */
public record RiskTemplate(long id, String categoryCode, String categoryName, String name, String hazardFactors,
		String accidentTypes, String controlMeasures, String emergencyMeasures, String regionPrefix) {

}
