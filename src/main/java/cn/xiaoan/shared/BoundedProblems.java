package cn.xiaoan.shared;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of a file: the first {@value ImportProblem#MAX_LISTED} kept, all counted
 * (a last {@link ImportProblem#MORE} line says how many more), so a sheet of a million
 * bad rows costs no more memory than a short one. It is the list the read answers, so
 * problems a caller records later through a kept {@link ExcelTable.RowValues} (checks
 * against the rest of the file) land in it too.
 */
final class BoundedProblems extends AbstractList<ImportProblem> {

	private final List<ImportProblem> listed = new ArrayList<>();

	private long count;

	@Override
	public boolean add(ImportProblem problem) {
		if (ImportProblem.MORE.equals(problem.messageKey())) {
			count += Long.parseLong(problem.value());
			return true;
		}
		count++;
		if (listed.size() < ImportProblem.MAX_LISTED) {
			listed.add(problem);
		}
		return true;
	}

	@Override
	public void add(int index, ImportProblem problem) {
		add(problem);
	}

	@Override
	public ImportProblem get(int index) {
		if (index == listed.size() && count > listed.size()) {
			return ImportProblem.ofFile(ImportProblem.MORE, String.valueOf(count - listed.size()));
		}
		return listed.get(index);
	}

	/** Every problem recorded, listed or not. */
	long count() {
		return count;
	}

	@Override
	public int size() {
		return listed.size() + (count > listed.size() ? 1 : 0);
	}

}
