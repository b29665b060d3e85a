package cn.xiaoan.security;

import java.util.List;

import cn.xiaoan.org.SchoolSummary;

/**
 * A school's guard staffing and "三个100%" status: registered teachers (N = teachers +
 * students), required and actual full-time guards, whether the school complies, and each
 * requirement it falls short of (message keys).
 */
record StaffingStatus(SchoolSummary school, int teachers, GuardRequirement requirement, int fullTimeGuards,
		int partTimeGuards, Facilities facilities, List<String> shortfalls) {

	/**
	 * N of the guard rule: the school's students and its teaching staff; guards, canteen,
	 * dormitory, bus, logistics staff and the doctor do not count (org's post
	 * categories).
	 */
	public int teachersAndStudents() {
		return school.studentCount() + teachers;
	}

	public int missingGuards() {
		return Math.max(0, requirement.required() - fullTimeGuards);
	}

	public boolean guardsCompliant() {
		return missingGuards() == 0;
	}

	public boolean compliant() {
		return shortfalls.isEmpty();
	}

	/**
	 * The requirements of 三个100% the school meets today: what the assessment's figure
	 * counts (of {@code HundredPercent.values().length}).
	 */
	public List<HundredPercent> hundredPercentMet() {
		return java.util.Arrays.stream(HundredPercent.values()).filter(r -> r.metBy(this)).toList();
	}

	/** All requirements of 三个100%, in order, for the page's badges. */
	public List<HundredPercent> hundredPercent() {
		return List.of(HundredPercent.values());
	}

}
