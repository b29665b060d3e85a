package cn.xiaoan.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One thing wrong in an uploaded spreadsheet: the Excel row number (1 = header), the
 * column as a letter and header name, and a message key with its argument. The value is
 * cut to {@value #MAX_VALUE_CHARS} characters, so a report stays small whatever the cells
 * hold.
 */
public record ImportProblem(int row, String column, String messageKey, String value) {

	static final int MAX_VALUE_CHARS = 40;

	/** How many problems a report lists; the rest are only counted. */
	public static final int MAX_LISTED = 200;

	/** The report's last line when problems were left out; its value is how many. */
	public static final String MORE = "import.problems.more";

	public ImportProblem {
		column = column == null ? "" : cut(column);
		value = value == null ? "" : cut(value);
	}

	public static ImportProblem ofFile(String messageKey) {
		return new ImportProblem(0, "", messageKey, "");
	}

	public static ImportProblem ofFile(String messageKey, String value) {
		return new ImportProblem(0, "", messageKey, value);
	}

	/**
	 * A personal value (ID number, student number, phone) shown so its owner can find the
	 * cell but nobody else can read it: the first and last two characters and its length
	 * ({@code 45**************1X}).
	 */
	public static String masked(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		if (value.length() <= 4) {
			return "*".repeat(value.length());
		}
		int shown = Math.min(value.length(), MAX_VALUE_CHARS);
		return value.substring(0, 2) + "*".repeat(shown - 4) + value.substring(value.length() - 2);
	}

	/**
	 * The problems sorted by row, at most {@value #MAX_LISTED}, followed by one
	 * {@link #MORE} line counting the ones left out (earlier {@code MORE} lines
	 * included).
	 */
	public static List<ImportProblem> bounded(List<ImportProblem> problems) {
		long total = 0;
		List<ImportProblem> listed = new ArrayList<>();
		for (ImportProblem p : problems) {
			if (MORE.equals(p.messageKey())) {
				total += Long.parseLong(p.value());
			}
			else {
				total++;
				listed.add(p);
			}
		}
		listed.sort(Comparator.comparingInt(ImportProblem::row));
		if (listed.size() > MAX_LISTED) {
			listed = new ArrayList<>(listed.subList(0, MAX_LISTED));
		}
		if (total > listed.size()) {
			listed.add(new ImportProblem(0, "", MORE, String.valueOf(total - listed.size())));
		}
		return listed;
	}

	/** How many problems the report stands for, those left out included. */
	public static long total(List<ImportProblem> problems) {
		return problems.stream().mapToLong(p -> MORE.equals(p.messageKey()) ? Long.parseLong(p.value()) : 1).sum();
	}

	private static String cut(String text) {
		return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS - 1) + "…";
	}

}
