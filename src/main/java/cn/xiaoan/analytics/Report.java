package cn.xiaoan.analytics;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An archived report as the list shows it (its files are fetched by id). */
public record Report(long id, String regionCode, String unitName, String periodKey, LocalDate from, LocalDate to,
		String createdByName, OffsetDateTime createdAt) {

	/** Quarter or year: the period it covers, for its label. */
	public Period period() {
		return Period.of(periodKey, null, null, from);
	}

}
