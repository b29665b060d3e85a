package cn.xiaoan.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.people.SchoolColleague;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CareRulesTests {

	private static final LocalDate FLAGGED = LocalDate.of(2026, 10, 1);

	@Test
	void aFollowUpIsDueOneIntervalAfterTheFlagWhenNoVisitWasMade() {
		assertThat(FollowUps.due(null, null, FLAGGED, 14)).isEqualTo(FLAGGED.plusDays(14));
	}

	@Test
	void aVisitAfterTheFlagRestartsTheInterval() {
		LocalDate visit = FLAGGED.plusDays(10);
		assertThat(FollowUps.due(visit, null, FLAGGED, 30)).isEqualTo(visit.plusDays(30));
	}

	@Test
	void aPlannedFollowUpBringsTheDueDateForwardButNeverPushesItBack() {
		LocalDate visit = FLAGGED.plusDays(10);
		assertThat(FollowUps.due(visit, visit.plusDays(7), FLAGGED, 30)).isEqualTo(visit.plusDays(7));
		assertThat(FollowUps.due(visit, visit.plusDays(90), FLAGGED, 30)).isEqualTo(visit.plusDays(30));
	}

	@Test
	void theSuggestedPairIsTheClassesSubjectTeacherWithFewestPairsElseItsHeadTeacher() {
		SchoolColleague head = new SchoolColleague(1, "韦老师", "HEAD_TEACHER", 10L, Set.of());
		SchoolColleague busy = new SchoolColleague(2, "黄老师", "TEACHER", null, Set.of(10L));
		SchoolColleague free = new SchoolColleague(3, "李老师", "TEACHER", null, Set.of(10L, 11L));
		SchoolColleague other = new SchoolColleague(4, "陈老师", "TEACHER", null, Set.of(12L));
		List<SchoolColleague> staff = List.of(head, busy, free, other);
		assertThat(CareBoard.suggest(staff, 10, Map.of(2L, 5L, 3L, 1L))).isEqualTo(3L);
		assertThat(CareBoard.suggest(List.of(head, other), 10, Map.of())).isEqualTo(1L);
		assertThat(CareBoard.suggest(List.of(other), 10, Map.of())).isNull();
	}

	@Test
	void thePairedShareCountsOnlyStudentsAtRisk() {
		assertThat(new CareCounts(4, 3, 10, 1).pairedPercent()).isEqualTo(75.0);
		assertThat(new CareCounts(4, 3, 10, 1).unpaired()).isEqualTo(1);
		assertThat(CareCounts.NONE.pairedPercent()).isEqualTo(100.0);
	}

	@Test
	void aVisitMustSaySomething() {
		assertThat(new RecordVisit(FLAGGED, CareForm.TALK, " ", null, "", null, null, null).empty()).isTrue();
		assertThat(new RecordVisit(FLAGGED, CareForm.TALK, "", "", "", "", "联系资助", null).empty()).isFalse();
	}

}
