package cn.xiaoan.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A risk point of a school's inventory with its latest assessment; {@code level} is null
 * until it is assessed.
 */
public record RiskPoint(long id, long schoolId, String regionCode, String number, Long templateId, String categoryCode,
		String categoryName, String name, String location, String hazardFactors, String accidentTypes,
		String controlMeasures, String emergencyMeasures, String responsiblePerson, String supervisingDepartment,
		String reportPhone, String method, BigDecimal l, BigDecimal e, BigDecimal c, BigDecimal s, BigDecimal score,
		RiskLevel level, String assessedBy, OffsetDateTime assessedAt, LocalDate reviewDue, BigDecimal mapX,
		BigDecimal mapY) {

	/** Never assessed, or its review date has come. */
	public boolean dueForReview(LocalDate today) {
		return level == null || (reviewDue != null && !reviewDue.isAfter(today));
	}

	public boolean placed() {
		return mapX != null && mapY != null;
	}

}
