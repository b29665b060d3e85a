package cn.xiaoan.education.homework;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionTests {

	@Test
	void homeworkIsDoneWhenTheLessonIsStudiedAndTheQuizTakenPassedOrNot() {
		// Passing is a rate of its own (pass rate); completion asks that the quiz was
		// taken.
		assertThat(new Completion(true, true, false, false).done()).isTrue();
	}

	@Test
	void homeworkThatAsksForTheParentPartIsDoneOnlyOnceAParentConfirmedIt() {
		assertThat(new Completion(true, true, true, false).done()).isFalse();
		assertThat(new Completion(true, true, true, true).done()).isTrue();
	}

	@Test
	void neitherStudyingNorTheQuizAloneIsEnough() {
		assertThat(new Completion(true, false, false, false).done()).isFalse();
		assertThat(new Completion(false, true, false, false).done()).isFalse();
		assertThat(new Completion(false, false, true, true).done()).as("the parent part alone").isFalse();
	}

	@Test
	void aParentsConfirmationThatWasNotAskedForChangesNothing() {
		assertThat(new Completion(true, true, false, true).done()).isTrue();
		assertThat(new Completion(false, true, false, true).done()).isFalse();
	}

}
