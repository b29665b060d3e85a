package cn.xiaoan.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads the first sheet of an .xlsx upload as a table with a header row, streaming, and
 * collects problems by row and column instead of failing on the first one.
 */
public final class ExcelTable {

	private ExcelTable() {
	}

	/** The largest workbook read; more is refused whole. */
	public static final int MAX_FILE_BYTES = WorkbookBounds.MAX_FILE_BYTES;

	/** The most cells a row may span; a header row needs a dozen. */
	static final int MAX_COLUMNS = 64;

	/** The most characters a cell may hold; longer cells are a problem of their own. */
	static final int MAX_CELL_CHARS = 1000;

	/**
	 * Streams the data rows of the first sheet to {@code consumer}. Required headers that
	 * are missing are reported against row 1. Blank rows are skipped. A file that is not
	 * a workbook yields one file-level problem.
	 */
	public static List<ImportProblem> read(InputStream in, List<String> requiredHeaders, int maxRows,
			Consumer<RowValues> consumer) {
		return read(in, requiredHeaders, maxRows, Set.of(), consumer);
	}

	/**
	 * Streams the data rows of the first sheet to {@code consumer}, within bounds: the
	 * file is refused whole, with one problem naming the bound, when it is larger than
	 * {@value WorkbookBounds#MAX_FILE_BYTES} bytes, inflates like a zip bomb, has a row
	 * (blank ones included) past {@code maxRows} data rows or wider than
	 * {@value #MAX_COLUMNS} columns. The values of {@code personalColumns} are masked in
	 * problems. The answer lists at most {@value ImportProblem#MAX_LISTED} problems and
	 * counts the rest ({@link ImportProblem#bounded}).
	 * <p>
	 * Reading takes seconds for a large file, so it must not hold a database transaction
	 * (and a connection of the pool) open meanwhile: it refuses to run inside one. Parse
	 * and validate first, then write in a transaction of its own.
	 */
	public static List<ImportProblem> read(InputStream in, List<String> requiredHeaders, int maxRows,
			Set<String> personalColumns, Consumer<RowValues> consumer) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("a spreadsheet is parsed before the transaction that writes it");
		}
		BoundedProblems problems = new BoundedProblems();
		byte[] bytes;
		try {
			bytes = in.readNBytes(WorkbookBounds.MAX_FILE_BYTES + 1);
		}
		catch (IOException ex) {
			return refused(ImportProblem.ofFile("import.file.unreadable"));
		}
		String bound = WorkbookBounds.problem(bytes);
		if (bound != null) {
			return refused(ImportProblem.ofFile(bound,
					bound.equals("import.file.toolarge") ? String.valueOf(WorkbookBounds.MAX_FILE_BYTES / 1024 / 1024)
							: String.valueOf(WorkbookBounds.MAX_INFLATED_BYTES / 1024 / 1024)));
		}
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getFirstSheet();
			try (Stream<Row> rows = sheet.openStream()) {
				var iterator = rows.iterator();
				if (!iterator.hasNext()) {
					return refused(ImportProblem.ofFile("import.file.empty"));
				}
				Row header = iterator.next();
				if (header.getCellCount() > MAX_COLUMNS) {
					return refused(ImportProblem.ofFile("import.file.toowide", String.valueOf(MAX_COLUMNS)));
				}
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
				if (problems.count() > 0) {
					return problems;
				}
				int count = 0;
				while (iterator.hasNext()) {
					Row row = iterator.next();
					// Blank rows are skipped, but they count against the bounds: a sheet
					// of
					// a million formatted empty rows is refused, not read to its end.
					if (row.getRowNum() > maxRows + 1) {
						return refused(ImportProblem.ofFile("import.file.toomany", String.valueOf(maxRows)));
					}
					if (row.getCellCount() > MAX_COLUMNS) {
						return refused(ImportProblem.ofFile("import.file.toowide", String.valueOf(MAX_COLUMNS)));
					}
					if (isBlank(row)) {
						continue;
					}
					count++;
					consumer.accept(new RowValues(row, columns, problems, personalColumns));
				}
				if (count == 0) {
					problems.add(ImportProblem.ofFile("import.file.norows"));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return refused(ImportProblem.ofFile("import.file.unreadable"));
		}
		return problems;
	}

	/** A file refused whole: one file-level problem, in a list the caller may add to. */
	private static List<ImportProblem> refused(ImportProblem problem) {
		return new ArrayList<>(List.of(problem));
	}

	private static boolean isBlank(Row row) {
		for (int i = 0; i < row.getCellCount(); i++) {
			Cell cell = row.getCell(i);
			if (cell == null || cell.getType() == CellType.EMPTY) {
				continue;
			}
			String t = cell.getText();
			if (t != null && !t.isBlank()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * One data row, read by header name; each getter records a problem and answers null
	 * when invalid.
	 */
	public static final class RowValues {

		private final Row row;

		private final Map<String, Integer> columns;

		private final BoundedProblems problems;

		private final Set<String> personal;

		RowValues(Row row, Map<String, Integer> columns, BoundedProblems problems, Set<String> personal) {
			this.row = row;
			this.columns = columns;
			this.problems = problems;
			this.personal = personal;
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
			if (t != null && t.length() > MAX_CELL_CHARS) {
				// the value of a problem is cut anyway; no need to trim a megabyte
				return t.substring(0, MAX_CELL_CHARS + 1);
			}
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
			problems.add(new ImportProblem(row.getRowNum(), letter + column, messageKey,
					personal.contains(column) ? ImportProblem.masked(value) : value));
		}

		/** Every problem found so far, those left out of the report included. */
		public int problemCount() {
			return (int) Math.min(Integer.MAX_VALUE, problems.count());
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
