package cn.xiaoan.care;

import java.util.List;

import cn.xiaoan.people.SchoolColleague;

/** A class's pairing page: its students (gaps first) and the staff who may be paired. */
public record ClassPage(long classId, String className, List<ClassRow> rows, List<SchoolColleague> staff,
		boolean mayPair) {

	public long gaps() {
		return rows.stream().filter(ClassRow::gap).count();
	}

	public long atRisk() {
		return rows.stream().filter(ClassRow::atRisk).count();
	}

	public long paired() {
		return rows.stream().filter(r -> r.pairStaffId() != null).count();
	}

}
