package cn.xiaoan.education;

import java.util.List;

import cn.xiaoan.education.RateDefinitions.Progress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rate of DOMAIN.md §4, on a handful of students. */
class RateDefinitionsTests {

	private static final Progress NOTHING = new Progress(true, false, false, false, false);

	private static final Progress STUDIED = new Progress(true, true, false, false, false);

	private static final Progress FAILED_QUIZ = new Progress(true, false, true, false, false);

	private static final Progress PASSED_NO_PARENT_YET = new Progress(true, true, true, true, false);

	private static final Progress ALL_DONE = new Progress(true, true, true, true, true);

	private static final Progress PARENT_ONLY = new Progress(true, false, false, false, true);

	private static final Progress DONE_WITHOUT_PARENT_PART = new Progress(false, true, true, true, false);

	@Test
	void participationIsAssignedStudentsWithAtLeastOneOfTheirOwnItemsDone() {
		Rates r = RateDefinitions.tally("C:1", List.of(NOTHING, STUDIED, FAILED_QUIZ, PARENT_ONLY));
		assertThat(r.participated()).isEqualTo(2);
		assertThat(r.participation()).isEqualTo(50.0);
	}

	@Test
	void completionIsEveryRequiredItemDoneOverAssigned() {
		Rates r = RateDefinitions.tally("C:1",
				List.of(PASSED_NO_PARENT_YET, ALL_DONE, DONE_WITHOUT_PARENT_PART, NOTHING));
		assertThat(r.completed()).as("the parent part counts only where it is asked").isEqualTo(2);
		assertThat(r.completion()).isEqualTo(50.0);
	}

	@Test
	void examRateIsTookTheQuizOverAssigned() {
		Rates r = RateDefinitions.tally("C:1", List.of(FAILED_QUIZ, ALL_DONE, STUDIED, NOTHING));
		assertThat(r.took()).isEqualTo(2);
		assertThat(r.exam()).isEqualTo(50.0);
	}

	@Test
	void passRateIsPassedOverTookTheQuiz() {
		Rates r = RateDefinitions.tally("C:1", List.of(FAILED_QUIZ, ALL_DONE, ALL_DONE, NOTHING, STUDIED));
		assertThat(r.passed()).isEqualTo(2);
		assertThat(r.pass()).isEqualTo(66.7);
	}

	@Test
	void parentRateIsParentsConfirmedOverStudentsWhoseHomeworkAsksForAParent() {
		Rates r = RateDefinitions.tally("C:1",
				List.of(ALL_DONE, PASSED_NO_PARENT_YET, DONE_WITHOUT_PARENT_PART, DONE_WITHOUT_PARENT_PART));
		assertThat(r.parentAsked()).isEqualTo(2);
		assertThat(r.parentDone()).isEqualTo(1);
		assertThat(r.parent()).isEqualTo(50.0);
	}

	@Test
	void withoutAnyParentPartThereIsNoParentRate() {
		Rates r = RateDefinitions.tally("C:1", List.of(DONE_WITHOUT_PARENT_PART));
		assertThat(r.hasParentPart()).isFalse();
		assertThat(r.parent()).isZero();
	}

	@Test
	void anEmptyUnitHasNoRates() {
		Rates r = RateDefinitions.tally("C:1", List.of());
		assertThat(List.of(r.participation(), r.completion(), r.exam(), r.pass(), r.parent())).containsOnly(0.0);
	}

}
