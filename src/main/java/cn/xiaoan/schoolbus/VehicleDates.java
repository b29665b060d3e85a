package cn.xiaoan.schoolbus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What lets a vehicle drive: its 校车标牌 (permit) valid, its safety inspection (every six
 * months) not overdue, its carrier's liability insurance in force, its equipment
 * complete. A missing date counts as lapsed.
 */
record VehicleDates(LocalDate permitExpires, LocalDate inspectionDue, LocalDate insuranceExpires, boolean equipmentOk) {

	/** The message keys of what keeps the vehicle off the road on {@code today}. */
	List<String> problems(LocalDate today) {
		List<String> problems = new ArrayList<>();
		if (permitExpires == null || permitExpires.isBefore(today)) {
			problems.add("schoolbus.vehicle.problem.permit");
		}
		if (inspectionDue == null || inspectionDue.isBefore(today)) {
			problems.add("schoolbus.vehicle.problem.inspection");
		}
		if (insuranceExpires == null || insuranceExpires.isBefore(today)) {
			problems.add("schoolbus.vehicle.problem.insurance");
		}
		if (!equipmentOk) {
			problems.add("schoolbus.vehicle.problem.equipment");
		}
		return problems;
	}

}
