package cn.xiaoan.hazard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.SafetyCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 督办 page's order (ADR 0078): those here and those under 督办 below in one list, most
 * urgent first — not yet accepted before accepted, overdue (deadline or acceptance)
 * before on time, then by deadline — and what a row below shows of itself.
 */
class SupervisionLineTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	@Test
	void hazardsBelowAreSortedAmongThoseHereOverdueFirstThenByDeadline() {
		SupervisedCount.Board board = new SupervisedCount.Board(
				List.of(here(1, TODAY.plusDays(5), false, TODAY.plusDays(20), null),
						here(2, TODAY.plusDays(1), false, TODAY.plusDays(16), TODAY.minusDays(3)),
						here(3, TODAY.minusDays(10), false, TODAY.minusDays(1), null)),
				List.of(below("XJ9", TODAY.minusDays(1), true, TODAY.plusDays(14), null),
						below("XJ8", TODAY.plusDays(3), false, TODAY.plusDays(18), null),
						below("XJ7", null, false, null, null)));

		assertThat(board.lines(TODAY)).extracting(SupervisionLine::number)
			// overdue by acceptance (here), overdue by deadline (below), then on time by
			// deadline (below, here), none sent last, accepted ones after all
			.containsExactly("YH000003", "XJ9", "XJ8", "YH000001", "XJ7", "YH000002");
		assertThat(board.total()).isEqualTo(6);
	}

	@Test
	void aRowBelowShowsItsCountyBureauLevelAndLateness() {
		SupervisionLine line = SupervisionLine.of(below("XJ1", TODAY.minusDays(2), true, TODAY.minusDays(1), null));
		assertThat(line.fromBelow()).isTrue();
		assertThat(line.countyCode()).isEqualTo("450422");
		assertThat(line.bureauLevel()).isEqualTo(RegionCode.Level.COUNTY);
		assertThat(line.overdue()).isTrue();
		assertThat(line.acceptanceOverdue(TODAY)).isTrue();
		assertThat(line.accepted()).isFalse();

		SupervisionLine here = SupervisionLine.of(here(4, TODAY.plusDays(2), false, TODAY.plusDays(9), null));
		assertThat(here.fromBelow()).isFalse();
		assertThat(here.bureauLevel()).isEqualTo(RegionCode.Level.CITY);
		assertThat(here.acceptanceOverdue(TODAY)).isFalse();
	}

	private static HazardSupervision.Supervised here(long id, LocalDate deadline, boolean overdue, LocalDate due,
			LocalDate accepted) {
		HazardSummary hazard = new HazardSummary(id, 7, "450422101", "围墙裂缝", "", "", SafetyCategory.BUILDINGS,
				HazardSource.AD_HOC, HazardGrade.MAJOR, HazardGrade.MAJOR, HazardStatus.RECTIFYING, "张伟",
				OffsetDateTime.now(), deadline, overdue, null, "CITY", 0, null);
		return new HazardSupervision.Supervised(hazard,
				new HazardSupervision.Listing("CITY", "450400", "督办〔2026〕" + id, deadline, due, "王强",
						OffsetDateTime.now(),
						accepted == null ? null : accepted.atStartOfDay().atOffset(ZoneOffset.ofHours(8)), null, null));
	}

	private static LedgerElsewhere.Supervised below(String number, LocalDate deadline, boolean overdue, LocalDate due,
			OffsetDateTime accepted) {
		return new LedgerElsewhere.Supervised("藤县平台", number, "藤县第一中学", "450422101", HazardGrade.MAJOR,
				HazardStatus.RECTIFYING, deadline, overdue, RegionCode.Level.COUNTY, "450422", null, due, accepted,
				null);
	}

}
