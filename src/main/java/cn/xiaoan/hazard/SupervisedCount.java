package cn.xiaoan.hazard;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * How many hazards the 督办 page of the caller's bureau lists: those it (and the bureaus
 * under it) supervise here, still under supervision, and those the installations below
 * keep under 督办 (listed, not closed), which the page counts and links to. The ledger's
 * "督办 N 件" button shows this sum, so it agrees with the page it opens (ADR 0075).
 */
@Component
class SupervisedCount {

	private final HazardSupervision supervision;

	private final ObjectProvider<LedgerElsewhere> elsewhere;

	SupervisedCount(HazardSupervision supervision, ObjectProvider<LedgerElsewhere> elsewhere) {
		this.supervision = supervision;
		this.elsewhere = elsewhere;
	}

	/** The page's rows here and its count of those below, for the same caller. */
	record Board(List<HazardSupervision.Supervised> here, long below) {

		long total() {
			return here.size() + below;
		}

	}

	/**
	 * The 督办 page's rows (also the closed ones when {@code withClosed}) and how many are
	 * under 督办 below; the caller's permission and scope are checked by each.
	 */
	Board board(boolean withClosed) {
		List<HazardSupervision.Supervised> here = supervision.board(withClosed);
		return new Board(here, below());
	}

	/** Hazards under 督办 at the installations below within the caller's scope. */
	long below() {
		return elsewhere.orderedStream().mapToLong(e -> e.count(LedgerWithElsewhere.UNDER_SUPERVISION)).sum();
	}

}
