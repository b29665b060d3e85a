package cn.xiaoan.liaison;

import java.time.Instant;

import cn.xiaoan.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The steps of a clue between the school and the police. */
class ClueTests {

	private static final Instant DUE = Instant.parse("2026-11-30T02:00:00Z");

	private static Clue in(ClueState state, Instant acknowledgedAt) {
		return new Clue(1, "450422100", 7L, state, DUE, acknowledgedAt, null);
	}

	@Test
	void onlyAForwardedClueIsAcknowledgedAndOnlyOnce() {
		assertThat(in(ClueState.FORWARDED, null).acknowledge()).isEqualTo(ClueState.ACKNOWLEDGED);
		assertThatThrownBy(() -> in(ClueState.ACKNOWLEDGED, DUE).acknowledge())
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void thePoliceAskAndCloseOnlyWhatTheyHaveAcknowledged() {
		assertThatThrownBy(() -> in(ClueState.FORWARDED, null).ask()).isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> in(ClueState.FORWARDED, null).close()).isInstanceOf(BusinessRuleViolation.class);
		assertThat(in(ClueState.ACKNOWLEDGED, DUE).ask()).isEqualTo(ClueState.INFO_REQUESTED);
		assertThat(in(ClueState.INFO_REQUESTED, DUE).close()).isEqualTo(ClueState.CLOSED);
	}

	@Test
	void theSchoolsAnswerToAQuestionReturnsTheClueToThePolice() {
		assertThat(in(ClueState.INFO_REQUESTED, DUE).schoolWrites()).isEqualTo(ClueState.ACKNOWLEDGED);
		assertThat(in(ClueState.FORWARDED, null).schoolWrites()).isEqualTo(ClueState.FORWARDED);
		assertThatThrownBy(() -> in(ClueState.CLOSED, DUE).schoolWrites()).isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void aClueIsLateWhenAcknowledgedAfterItsDueTimeOrStillWaitingPastIt() {
		assertThat(in(ClueState.ACKNOWLEDGED, DUE.plusSeconds(60)).late(DUE.plusSeconds(120))).isTrue();
		assertThat(in(ClueState.ACKNOWLEDGED, DUE.minusSeconds(60)).late(DUE.plusSeconds(3600))).isFalse();
		assertThat(in(ClueState.FORWARDED, null).late(DUE.plusSeconds(1))).isTrue();
		assertThat(in(ClueState.FORWARDED, null).late(DUE.minusSeconds(1))).isFalse();
	}

	@Test
	void aClosedClueOffersNoStepAndTheSchoolOnlyWrites() {
		assertThat(in(ClueState.CLOSED, DUE).allowedSteps(true)).isEmpty();
		assertThat(in(ClueState.FORWARDED, null).allowedSteps(false)).containsExactly(Clue.Step.MESSAGE);
		assertThat(in(ClueState.FORWARDED, null).allowedSteps(true)).contains(Clue.Step.ACKNOWLEDGE)
			.doesNotContain(Clue.Step.CLOSE);
	}

}
