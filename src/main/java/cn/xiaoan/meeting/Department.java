package cn.xiaoan.meeting;

/** The departments that sit on a joint meeting and own its decisions. */
public enum Department {

	EDUCATION, PUBLIC_SECURITY, HEALTH, MARKET_SUPERVISION, TRANSPORT, HOUSING, EMERGENCY_MANAGEMENT, FIRE_RESCUE,
	WATER, TOWNSHIP, VILLAGE, SCHOOL;

	public String messageKey() {
		return "meeting.department." + name();
	}

	/**
	 * The departments of a stored, comma-separated list of codes; unknown ones left out.
	 */
	static java.util.List<Department> parse(String codes) {
		if (codes == null || codes.isBlank()) {
			return java.util.List.of();
		}
		return java.util.Arrays.stream(codes.split(","))
			.map(String::trim)
			.filter(c -> java.util.Arrays.stream(values()).anyMatch(d -> d.name().equals(c)))
			.map(Department::valueOf)
			.toList();
	}

}
