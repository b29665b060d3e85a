package cn.xiaoan.hazard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The 督办 page of the caller's bureau and the ledger's "督办 N 件" button that opens it: the
 * hazards it (and the bureaus under it) supervise here, still under supervision, and
 * those the installations below keep under 督办 (listed, not closed), listed read-only
 * among them (ADR 0075, 0078). The button counts what the page lists, by the same
 * conditions, so the two agree.
 */
@Component
class SupervisedCount {

	private final HazardSupervision supervision;

	private final ObjectProvider<LedgerElsewhere> elsewhere;

	private final HazardLedger ledger;

	private final Clock clock;

	SupervisedCount(HazardSupervision supervision, ObjectProvider<LedgerElsewhere> elsewhere, HazardLedger ledger,
			Clock clock) {
		this.supervision = supervision;
		this.elsewhere = elsewhere;
		this.ledger = ledger;
		this.clock = clock;
	}

	/** The page's rows here and below, for the same caller. */
	record Board(List<HazardSupervision.Supervised> here, List<LedgerElsewhere.Supervised> below) {

		long total() {
			return here.size() + below.size();
		}

		/**
		 * Both in one list, most urgent first ({@link SupervisionLine#mostUrgentFirst}).
		 */
		List<SupervisionLine> lines(LocalDate today) {
			List<SupervisionLine> lines = new ArrayList<>(here.size() + below.size());
			here.forEach(s -> lines.add(SupervisionLine.of(s)));
			below.forEach(s -> lines.add(SupervisionLine.of(s)));
			lines.sort(SupervisionLine.mostUrgentFirst(today));
			return lines;
		}

	}

	/**
	 * The 督办 page's rows (also the closed ones when {@code withClosed}), here and below;
	 * the caller's permission and scope are checked by each.
	 */
	Board board(boolean withClosed) {
		List<HazardSupervision.Supervised> here = supervision.board(withClosed);
		List<LedgerElsewhere.Supervised> below = elsewhere.orderedStream()
			.flatMap(e -> e.supervised(withClosed).stream())
			.toList();
		return new Board(here, below);
	}

	/**
	 * The page's rows as the API lists them, in the page's order (ADR 0081): the same
	 * board, so as many rows as the page for the same caller and {@code withClosed}.
	 */
	List<SupervisedRow> rows(boolean withClosed) {
		Board board = board(withClosed);
		LocalDate today = LocalDate.now(clock);
		// the names of the schools listed here, as the page names them
		Map<String, String> schools = ledger
			.schoolNames(board.here().stream().map(r -> r.hazard().schoolId()).toList());
		return board.lines(today).stream().map(l -> SupervisedRow.of(l, schools, today)).toList();
	}

	/**
	 * The page's rows here without the closed ones; the button shows them plus
	 * {@link #below}.
	 */
	long here() {
		return supervision.board(false).size();
	}

	/**
	 * Hazards under 督办 at the installations below within the caller's scope, counted by
	 * the ledger's 督办 filter, which selects them as the page's rows below are selected.
	 */
	long below() {
		return elsewhere.orderedStream().mapToLong(e -> e.count(LedgerWithElsewhere.UNDER_SUPERVISION)).sum();
	}

}
