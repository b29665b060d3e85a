package cn.xiaoan.schoolbus;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * A driver's statutory conditions (校车安全管理条例 第二十三条) and the dates that lapse: aged 25 to
 * 60, at least three years of driving the licensed class, no full 12 points in the last
 * three scoring cycles, no responsibility for a fatal or serious accident, no
 * drink-driving, no criminal record, fit in health; a valid licence and a yearly review
 * not overdue. A driver with any problem cannot be assigned to a route or a run.
 */
record DriverConditions(LocalDate birthDate, LocalDate licensedSince, LocalDate licenceExpires, boolean fullPoints,
		boolean seriousAccident, boolean drinkDriving, boolean criminalRecord, boolean healthFit, LocalDate reviewDue) {

	static final int MIN_AGE = 25;

	static final int MAX_AGE = 60;

	static final int MIN_YEARS_DRIVING = 3;

	/** The message keys of every condition failed on {@code today}; empty when fit. */
	List<String> problems(LocalDate today) {
		List<String> problems = new ArrayList<>();
		int age = Period.between(birthDate, today).getYears();
		if (age < MIN_AGE || age > MAX_AGE) {
			problems.add("schoolbus.driver.problem.age");
		}
		if (Period.between(licensedSince, today).getYears() < MIN_YEARS_DRIVING) {
			problems.add("schoolbus.driver.problem.experience");
		}
		if (fullPoints) {
			problems.add("schoolbus.driver.problem.points");
		}
		if (seriousAccident) {
			problems.add("schoolbus.driver.problem.accident");
		}
		if (drinkDriving) {
			problems.add("schoolbus.driver.problem.drink");
		}
		if (criminalRecord) {
			problems.add("schoolbus.driver.problem.criminal");
		}
		if (!healthFit) {
			problems.add("schoolbus.driver.problem.health");
		}
		if (licenceExpires.isBefore(today)) {
			problems.add("schoolbus.driver.problem.licence");
		}
		if (reviewDue.isBefore(today)) {
			problems.add("schoolbus.driver.problem.review");
		}
		return problems;
	}

	int age(LocalDate today) {
		return Period.between(birthDate, today).getYears();
	}

}
