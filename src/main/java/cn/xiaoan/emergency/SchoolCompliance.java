package cn.xiaoan.emergency;

import java.time.LocalDate;

import cn.xiaoan.org.SchoolType;

/**
 * One school's drill frequency over its period (the month, or the quarter for a
 * kindergarten): drills held against those required, and how many were 超时.
 */
public record SchoolCompliance(long schoolId, String schoolName, String regionCode, String regionName, SchoolType type,
		String period, boolean quarterly, LocalDate periodEnd, int required, int held, int overtime) {

	public boolean compliant() {
		return held >= required;
	}

}
