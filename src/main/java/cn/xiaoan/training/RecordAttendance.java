package cn.xiaoan.training;

import java.util.List;

/**
 * Attendance of a booking: for a class booking the ids of the students who came; for a
 * head count the number who came and, for their certificates, their names.
 */
record RecordAttendance(List<Long> presentAttendeeIds, Integer arrived, List<String> names) {

	public RecordAttendance {
		presentAttendeeIds = presentAttendeeIds == null ? List.of() : List.copyOf(presentAttendeeIds);
		names = names == null ? List.of()
				: names.stream().map(FieldRules::trim).filter(n -> !n.isEmpty()).distinct().toList();
	}

	void validate(Booking booking) {
		FieldRules rules = new FieldRules();
		if (!booking.byClass()) {
			rules.range("arrived", arrived, 0, booking.students())
				.check(arrived == null || names.size() <= arrived, "names", "training.error.names.count");
			for (String name : names) {
				rules.text("names", name, true, 30).printable("names", name);
			}
		}
		rules.orThrow();
	}

}
