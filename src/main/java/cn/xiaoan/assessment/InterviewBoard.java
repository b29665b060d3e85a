package cn.xiaoan.assessment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The 约谈 page: this platform's 约谈 and those of the installations below (read-only) that
 * the filter keeps, and one count per filter over both, each counted by the rule its list
 * is filtered by ({@link InterviewFilter}), so a count is the rows its link shows.
 */
public record InterviewBoard(InterviewFilter filter, List<InterviewView> here,
		List<InterviewsElsewhere.Interview> below, List<Count> counts, LocalDate today) {

	/** A filter's count: of this platform's and of those below. */
	public record Count(InterviewFilter filter, long here, long below) {

		public long total() {
			return here + below;
		}

	}

	static InterviewBoard of(InterviewFilter filter, List<InterviewView> here,
			List<InterviewsElsewhere.Interview> below, LocalDate today) {
		List<Count> counts = Arrays.stream(InterviewFilter.values())
			.map(f -> new Count(f, here.stream().filter(v -> f.matches(v.status(), v.overdue())).count(),
					below.stream().filter(v -> f.matches(v.status(), v.overdue(today))).count()))
			.toList();
		return new InterviewBoard(filter, here.stream().filter(v -> filter.matches(v.status(), v.overdue())).toList(),
				below.stream().filter(v -> filter.matches(v.status(), v.overdue(today))).toList(), counts, today);
	}

	/** Are there any below at all (whatever the filter)? */
	public boolean anyBelow() {
		return counts.get(0).below() > 0;
	}

	public long shown() {
		return here.size() + below.size();
	}

}
