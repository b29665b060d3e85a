package cn.xiaoan.people;

import java.util.List;
import java.util.UUID;

import cn.xiaoan.shared.ImportProblem;

/**
 * The state of a background spreadsheet import, polled by the import page: one page of
 * its problems ({@code page} of {@code pages}, from 0) and how many were found in all.
 */
record ImportJob(UUID id, String kind, long schoolId, String fileName, String status, String phase, int totalRows,
		int processedRows, int importedRows, List<ImportProblem> problems, long problemCount, int page, int pages) {

	public boolean finished() {
		return !"RUNNING".equals(status);
	}

	public int percent() {
		if (finished()) {
			return 100;
		}
		if (totalRows == 0) {
			return "IMPORTING".equals(phase) ? 90 : 5;
		}
		int validated = (int) (80L * processedRows / totalRows);
		return "IMPORTING".equals(phase) ? 90 : Math.min(80, validated);
	}

}
