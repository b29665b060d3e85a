package cn.xiaoan.people;

import java.util.Set;

/**
 * A staff member as colleagues of the same school know them: name, post, the class they
 * lead ({@code headClassId}, null when none) and the classes they teach. No phone, no ID.
 */
public record SchoolColleague(long staffId, String name, String postCode, Long headClassId, Set<Long> classIds) {

	public SchoolColleague {
		classIds = classIds == null ? Set.of() : Set.copyOf(classIds);
	}

	/** Leads or teaches the class. */
	public boolean teaches(long classId) {
		return (headClassId != null && headClassId == classId) || classIds.contains(classId);
	}

}
