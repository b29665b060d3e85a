package cn.xiaoan.accident;

import java.util.ArrayList;
import java.util.List;

import cn.xiaoan.shared.BusinessRuleViolation;

/**
 * The report form's people hurt, sent as parallel columns, as rows: a value that is not a
 * number or a known choice is refused with its row's field, never a 500.
 */
final class VictimColumns {

	private static final int MAX_ROWS = 50;

	private VictimColumns() {
	}

	static List<ReportAccident.Victim> rows(List<String> kind, List<String> surname, List<String> grade,
			List<String> age, List<String> student, List<String> injury) {
		int n = size(kind, surname, grade, age, student, injury);
		if (n > MAX_ROWS) {
			throw new BusinessRuleViolation("victims", "accident.victims.tooMany");
		}
		List<ReportAccident.Victim> rows = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String field = "victims[" + i + "]";
			String g = at(grade, i);
			if (g.length() > 30) {
				throw new BusinessRuleViolation(field + ".gradeName", "accident.victim.grade.long");
			}
			rows.add(new ReportAccident.Victim(choice(PersonKind.class, at(kind, i), field + ".kind"),
					number(at(student, i), field + ".studentId"), at(surname, i), g,
					intNumber(at(age, i), field + ".age"), choice(Injury.class, at(injury, i), field + ".injury")));
		}
		return rows;
	}

	private static int size(List<?>... columns) {
		int n = 0;
		for (List<?> c : columns) {
			n = Math.max(n, c == null ? 0 : c.size());
		}
		return n;
	}

	private static String at(List<String> column, int i) {
		return column == null || i >= column.size() || column.get(i) == null ? "" : column.get(i).trim();
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessRuleViolation(field, "accident.victim.choice");
		}
	}

	private static Long number(String value, String field) {
		if (value.isEmpty()) {
			return null;
		}
		if (!value.matches("\\d{1,15}")) {
			throw new BusinessRuleViolation(field, "accident.victim.student");
		}
		return Long.valueOf(value);
	}

	private static Integer intNumber(String value, String field) {
		if (value.isEmpty()) {
			return null;
		}
		if (!value.matches("\\d{1,3}")) {
			throw new BusinessRuleViolation(field, "accident.victim.age.range");
		}
		return Integer.valueOf(value);
	}

}
