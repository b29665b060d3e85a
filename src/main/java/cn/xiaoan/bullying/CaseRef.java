package cn.xiaoan.bullying;

import java.time.LocalDate;

/**
 * The facts of a case that access and deadlines need, without its confidential content.
 */
record CaseRef(long id, long schoolId, String regionCode, String schoolName, CaseState state, LocalDate openedOn,
		LocalDate decisionDue, boolean decided) {

	String county() {
		return regionCode.substring(0, 6);
	}

}
