package cn.xiaoan.emergency;

import java.time.LocalDate;
import java.time.YearMonth;

import cn.xiaoan.org.SchoolType;

/**
 * The period a school's drills are counted over: a month for primary and secondary
 * schools, the quarter for kindergartens (中小学每月至少1次，幼儿园每季度至少1次).
 */
record DrillPeriod(String key, LocalDate from, LocalDate to, boolean quarter) {

	/** The period of this type of school that contains the month. */
	static DrillPeriod of(SchoolType type, YearMonth month) {
		if (type == SchoolType.KINDERGARTEN) {
			int q = (month.getMonthValue() - 1) / 3;
			LocalDate from = LocalDate.of(month.getYear(), q * 3 + 1, 1);
			return new DrillPeriod(month.getYear() + "Q" + (q + 1), from, from.plusMonths(3).minusDays(1), true);
		}
		return new DrillPeriod(month.toString(), month.atDay(1), month.atEndOfMonth(), false);
	}

	boolean contains(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(to);
	}

	/** Days left after today until the period ends (0 on its last day). */
	long daysLeft(LocalDate today) {
		return to.toEpochDay() - today.toEpochDay();
	}

	/** The message key and argument that name the period on a page. */
	String labelKey() {
		return quarter ? "emergency.period.quarter" : "emergency.period.month";
	}

	Object[] labelArgs() {
		return quarter ? new Object[] { String.valueOf(from.getYear()), (from.getMonthValue() - 1) / 3 + 1 }
				: new Object[] { String.valueOf(from.getYear()), from.getMonthValue() };
	}

}
