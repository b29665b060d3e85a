package cn.xiaoan.shared;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the first sheet of an .xlsx upload as a table with a header row, streaming, and
 * collects problems by row and column instead of failing on the first one.
 */
public final class ExcelTable {

	private ExcelTable() {
	}

	/**
	 * Streams the data rows of the first sheet to {@code consumer}. Required headers that
	 * are missing are reported against row 1. Blank rows are skipped. A file that is not
	 * a workbook yields one file-level problem.
	 */
	public static List<ImportProblem> read(InputStream in, List<String> requiredHeaders, int maxRows,
			Consumer<RowValues> consumer) {
		List<ImportProblem> problems = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			Sheet sheet = workbook.getFirstSheet();
			try (Stream<Row> rows = sheet.openStream()) {
				var iterator = rows.iterator();
				if (!iterator.hasNext()) {
					problems.add(ImportProblem.ofFile("import.file.empty"));
					return problems;
				}
				Row header = iterator.next();
				Map<String, Integer> columns = new HashMap<>();
				for (int i = 0; i < header.getCellCount(); i++) {
					String name = header.getCellText(i);
					if (name != null && !name.isBlank()) {
						columns.put(name.trim(), i);
					}
				}
				for (String required : requiredHeaders) {
					if (!columns.containsKey(required)) {
						problems.add(new ImportProblem(1, required, "import.header.missing", required));
					}
				}
				if (!problems.isEmpty()) {
					return problems;
				}
				int count = 0;
				while (iterator.hasNext()) {
					Row row = iterator.next();
					if (isBlank(row)) {
						continue;
					}
					if (++count > maxRows) {
						problems.add(
								new ImportProblem(row.getRowNum(), "", "import.file.toomany", String.valueOf(maxRows)));
						return problems;
					}
					RowValues values = new RowValues(row, columns, problems);
					consumer.accept(values);
				}
				if (count == 0) {
					problems.add(ImportProblem.ofFile("import.file.norows"));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportAborted) {
				return problems;
			}
			problems.add(ImportProblem.ofFile("import.file.unreadable"));
		}
		return problems;
	}

	private static boolean isBlank(Row row) {
		for (int i = 0; i < row.getCellCount(); i++) {
			String t = row.getCellText(i);
			if (t != null && !t.isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** Thrown by a consumer to stop reading once too many problems were found. */
	public static class ImportAborted extends RuntimeException {

		public ImportAborted() {
			super("too many problems", null, false, false);
		}

	}

	/**
	 * One data row, read by header name; each getter records a problem and answers null
	 * when invalid.
	 */
	public static final class RowValues {

		private final Row row;

		private final Map<String, Integer> columns;

		private final List<ImportProblem> problems;

		RowValues(Row row, Map<String, Integer> columns, List<ImportProblem> problems) {
			this.row = row;
			this.columns = columns;
			this.problems = problems;
		}

		public int rowNumber() {
			return row.getRowNum();
		}

		/** Text of the column, trimmed; numbers as written without a trailing ".0". */
		public String text(String column) {
			Integer index = columns.get(column);
			if (index == null || index >= row.getCellCount()) {
				return "";
			}
			Cell cell = row.getCell(index);
			if (cell == null) {
				return "";
			}
			if (cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
				BigDecimal n = cell.asNumber();
				return n.stripTrailingZeros().toPlainString();
			}
			String t = cell.getText();
			return t == null ? "" : t.trim();
		}

		public String required(String column, int maxLength) {
			String t = text(column);
			if (t.isEmpty()) {
				problem(column, "import.value.required", t);
				return null;
			}
			if (t.length() > maxLength) {
				problem(column, "import.value.toolong", t);
				return null;
			}
			return t;
		}

		public String optional(String column, int maxLength) {
			String t = text(column);
			if (t.length() > maxLength) {
				problem(column, "import.value.toolong", t);
				return null;
			}
			return t;
		}

		public Integer integer(String column, int min, int max) {
			String t = text(column);
			if (t.isEmpty()) {
				return 0;
			}
			try {
				int v = Integer.parseInt(t);
				if (v < min || v > max) {
					problem(column, "import.value.range", t);
					return null;
				}
				return v;
			}
			catch (NumberFormatException ex) {
				problem(column, "import.value.number", t);
				return null;
			}
		}

		/** 是/否, Y/N, true/false, 1/0; blank is false. */
		public Boolean yesNo(String column) {
			String t = text(column);
			return switch (t.toLowerCase()) {
				case "", "否", "n", "no", "false", "0" -> false;
				case "是", "y", "yes", "true", "1" -> true;
				default -> {
					problem(column, "import.value.yesno", t);
					yield null;
				}
			};
		}

		public void problem(String column, String messageKey, String value) {
			Integer index = columns.get(column);
			String letter = index == null ? "" : columnLetter(index) + " ";
			problems.add(new ImportProblem(row.getRowNum(), letter + column, messageKey, value));
		}

		public int problemCount() {
			return problems.size();
		}

	}

	static String columnLetter(int index) {
		StringBuilder sb = new StringBuilder();
		int i = index + 1;
		while (i > 0) {
			int r = (i - 1) % 26;
			sb.insert(0, (char) ('A' + r));
			i = (i - 1) / 26;
		}
		return sb.toString();
	}

}
