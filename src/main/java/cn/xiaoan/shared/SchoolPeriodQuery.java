package cn.xiaoan.shared;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filter a list behind a figure takes from its address, {@code ?schoolId=&from=&to=}
 * (ISO days, ADR 0063): a controller method binds it and hands it to its module, which
 * checks the school against the caller's scope and answers with a {@link SchoolPeriod}.
 * Without a school the list is the whole one.
 */
public record SchoolPeriodQuery(Long schoolId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	/** A school is named: the list is narrowed to it and the days. */
	public boolean named() {
		return schoolId != null;
	}

}
