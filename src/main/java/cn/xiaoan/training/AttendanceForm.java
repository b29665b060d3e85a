package cn.xiaoan.training;

import java.util.List;

/**
 * The attendance form of a booking page: the students ticked present, or the number who
 * came and their names, one a line or separated by commas.
 */
record AttendanceForm(List<Long> present, Integer arrived, String names) {

	RecordAttendance command() {
		return new RecordAttendance(present, arrived, names == null ? List.of() : List.of(names.split("[\\r\\n,，、]+")));
	}

}
