package cn.xiaoan.opinion;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case as its team sees it: the summary, what happened, the schools and people (full
 * names for the opener's unit only), departments with their tasks, statements, the
 * release deadlines with their countdown, and the timeline; what the caller may do.
 */
public record CaseDetail(CaseRow row, String description, String location, String openedByName, long approverAccountId,
		String relatedKey, Long relatedId, List<String> schools, List<Person> people, List<Department> departments,
		List<StatementView> statements, List<Deadline> deadlines, List<TimelineEntry> timeline, boolean canManage,
		boolean approver, long callerId) {

	/**
	 * A person involved: the anonymised label, and the full name when the caller may see
	 * it.
	 */
	public record Person(String label, boolean minor, String fullName) {
	}

	/** A linked department and its tasks. */
	public record Department(long id, DepartmentKind kind, String name, List<TaskView> tasks) {
	}

	/**
	 * A release deadline: what it is, due when, met when; its state's message key and the
	 * hours and minutes left.
	 */
	public record Deadline(String labelKey, OffsetDateTime due, OffsetDateTime metAt, String stateKey, long hoursLeft,
			long minutesLeft, boolean pressing) {
	}

}
