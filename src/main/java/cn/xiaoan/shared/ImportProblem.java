package cn.xiaoan.shared;

/**
 * One thing wrong in an uploaded spreadsheet: the Excel row number (1 = header), the
 * column as a letter and header name, and a message key with its argument.
 */
public record ImportProblem(int row, String column, String messageKey, String value) {

	public static ImportProblem ofFile(String messageKey) {
		return new ImportProblem(0, "", messageKey, "");
	}

}
