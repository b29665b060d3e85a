package cn.xiaoan.surroundings;

import java.util.List;

/**
 * The county's figures, each counting exactly the list its link opens: venues recorded,
 * flagged ones, cases open, overdue and awaiting confirmation, and the guard-post gaps of
 * the recent days.
 */
record Overview(int venues, long flagged, long open, long overdue, long done, int gaps) {

	static Overview of(List<VenueSummary> venues, List<CaseView> cases, List<Gap> gaps) {
		return new Overview(venues.size(), venues.stream().filter(VenueSummary::flagged).count(),
				cases.stream().filter(c -> c.state() == CaseState.OPEN).count(),
				cases.stream().filter(CaseView::overdue).count(),
				cases.stream().filter(c -> c.state() == CaseState.DONE).count(), gaps.size());
	}

}
