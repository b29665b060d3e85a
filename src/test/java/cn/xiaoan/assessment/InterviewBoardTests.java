package cn.xiaoan.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 约谈 page counts each filter by the rule its list is filtered by, over this
 * platform's 约谈 and those below: a count is the rows its link shows.
 */
class InterviewBoardTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	private static final List<InterviewView> HERE = List.of(here(1, InterviewStatus.OPEN, TODAY.plusDays(3)),
			here(2, InterviewStatus.RETURNED, TODAY.minusDays(1)),
			here(3, InterviewStatus.ACCEPTED, TODAY.minusDays(9)));

	private static final List<InterviewsElsewhere.Interview> BELOW = List.of(
			below(7, InterviewStatus.REPLIED, TODAY.minusDays(2)), below(8, InterviewStatus.OPEN, TODAY),
			below(9, InterviewStatus.ACCEPTED, TODAY.minusDays(30)));

	@Test
	void everyCountIsTheRowsItsFilterLists() {
		for (InterviewFilter filter : InterviewFilter.values()) {
			InterviewBoard board = InterviewBoard.of(filter, HERE, BELOW, TODAY);
			InterviewBoard.Count count = board.counts().get(filter.ordinal());
			assertThat(count.filter()).isEqualTo(filter);
			assertThat(count.here()).as(filter.param()).isEqualTo(board.here().size());
			assertThat(count.below()).as(filter.param()).isEqualTo(board.below().size());
		}
	}

	@Test
	void aStateBelowCountsAsTheSameStateHere() {
		InterviewBoard all = InterviewBoard.of(InterviewFilter.ALL, HERE, BELOW, TODAY);
		assertThat(all.counts()).extracting(InterviewBoard.Count::total).containsExactly(6L, 3L, 1L, 2L, 2L);
		// due today is not overdue; past its deadline and not accepted is, wherever it
		// was
		// opened
		assertThat(InterviewBoard.of(InterviewFilter.OVERDUE, HERE, BELOW, TODAY).below())
			.extracting(InterviewsElsewhere.Interview::interviewId)
			.containsExactly(7L);
		assertThat(all.anyBelow()).isTrue();
		assertThat(InterviewBoard.of(InterviewFilter.ALL, HERE, List.of(), TODAY).anyBelow()).isFalse();
	}

	@Test
	void anUnknownFilterListsAll() {
		assertThat(InterviewFilter.of("CLOSED")).isEqualTo(InterviewFilter.ALL);
		assertThat(InterviewFilter.of(null)).isEqualTo(InterviewFilter.ALL);
		assertThat(InterviewFilter.of("overdue")).isEqualTo(InterviewFilter.OVERDUE);
	}

	private static InterviewView here(long id, InterviewStatus status, LocalDate deadline) {
		return new InterviewView(id, 1, "scheme", "2026Q4", 10 + id, "school " + id, "450422", "reason", deadline,
				status, "", "", "450422", "bureau", status != InterviewStatus.ACCEPTED && deadline.isBefore(TODAY));
	}

	private static InterviewsElsewhere.Interview below(long id, InterviewStatus status, LocalDate deadline) {
		return new InterviewsElsewhere.Interview("county", id, "scheme", "2026Q4", 10 + id, "school " + id, "450422101",
				deadline, status, OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8)), null, null);
	}

}
