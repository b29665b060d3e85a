package cn.xiaoan.bullying;

import java.time.LocalDate;

/**
 * A case in a list: students by initials only (王**), whoever reads; {@code open} when the
 * reader may open the file (committee, county office).
 */
public record CaseRow(long id, long schoolId, String schoolName, String regionCode, LocalDate happenedOn, String victim,
		String victimGrade, String actors, BullyingKind kind, Severity severity, CaseState state, LocalDate openedOn,
		LocalDate decisionDue, boolean decided, Boolean bullying, long daysLeft, boolean open) {

	public boolean late() {
		return !decided && daysLeft < 0;
	}

	/** "王**" for 王小明, each of several names separated by 、 or a comma. */
	static String initials(String names) {
		if (names == null || names.isBlank()) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		for (String name : names.trim().split("\\s*[、,，;；]\\s*")) {
			if (name.isEmpty()) {
				continue;
			}
			if (!out.isEmpty()) {
				out.append('、');
			}
			int first = name.codePointAt(0);
			out.appendCodePoint(first).append("*".repeat(Math.max(1, name.codePointCount(0, name.length()) - 1)));
		}
		return out.toString();
	}

}
