package cn.xiaoan.training;

/**
 * The booking form of a session page: {@code mode} "count" books a head count, anything
 * else the chosen class.
 */
record BookingForm(String mode, Long classId, Integer students, String leadTeacher, String phone) {

	boolean byClass() {
		return !"count".equals(mode);
	}

	/** The booking; a class booking without a class is refused with every error. */
	BookSession command() {
		BookSession command = new BookSession(null, byClass() ? classId : null, byClass() ? null : students,
				leadTeacher, phone);
		if (byClass() && classId == null) {
			// without a class the command reads as a head count: name the missing class
			command.validate(true);
		}
		return command;
	}

}
