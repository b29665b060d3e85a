package cn.xiaoan.inspection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.policy.PolicySnapshot;
import cn.xiaoan.policy.SchoolCalendar;

/**
 * How often a plan's checks recur: daily by school leadership, weekly by offices, monthly
 * by the safety group, a full sweep each semester, or once (spot checks).
 */
public enum Cadence {

	DAILY, WEEKLY, MONTHLY, SEMESTER, ONE_OFF;

	/**
	 * The period the date falls in under the school's rules; its key is what keeps one
	 * task per plan, school and period.
	 */
	public Period periodOf(LocalDate date, Rules rules) {
		return switch (this) {
			case DAILY -> new Period(date.toString(), date, date);
			case WEEKLY -> {
				LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				yield new Period(String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
						date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), monday, monday.plusDays(6));
			}
			case MONTHLY -> {
				YearMonth month = YearMonth.from(date);
				yield new Period(month.toString(), month.atDay(1), month.atEndOfMonth());
			}
			// keys name the school year and the semester (2026-2027-1, 2026-2027-2)
			case SEMESTER -> {
				SchoolCalendar.Semester semester = rules.calendar().semesterOf(date);
				yield new Period(semester.key(), semester.start(), semester.end());
			}
			case ONE_OFF -> new Period("ONCE", date, date.plusDays(rules.oneOffDays() - 1));
		};
	}

	public String messageKey() {
		return "inspection.cadence." + name();
	}

	/**
	 * One period of a cadence: its key and the days it covers (the last is the due date).
	 */
	public record Period(String key, LocalDate start, LocalDate end) {
	}

	/**
	 * The policy a school's periods follow: its region's school calendar and how many
	 * days a one-off check (网上巡查) stays open.
	 */
	public record Rules(SchoolCalendar calendar, int oneOffDays) {

		static Rules at(PolicySnapshot policy, String regionCode) {
			return new Rules(SchoolCalendar.at(policy, regionCode),
					policy.effective(PolicySetting.SPOT_CHECK_WINDOW_DAYS, regionCode).asInt());
		}

	}

}
