package cn.xiaoan.opinion;

import java.time.Duration;
import java.time.Instant;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of cases, tasks and statements, without a database. */
class OpinionRulesTests {

	private static final Instant T0 = Instant.parse("2026-11-30T02:00:00Z");

	private static final long DRAFTER = 1, APPROVER = 2, OWNER = 3;

	private static Statement draft() {
		return new Statement(10, 1, StatementKind.BULLETIN, DRAFTER, StatementState.DRAFT, null, null, null, "");
	}

	private static OpinionTask task(Instant deadline) {
		return new OpinionTask(5, 1, OWNER, deadline, TaskState.TODO, "", null, null, null);
	}

	private static OpinionCase majorCase() {
		return new OpinionCase(1, "450422", null, "case", Severity.MAJOR, T0, APPROVER, CaseState.OPEN, null, null,
				null, null, null);
	}

	@Test
	void aStatementIsPublishedOnlyAfterTheNamedApproverApprovedIt() {
		Statement s = draft();
		assertThatThrownBy(() -> s.publish(T0)).isInstanceOf(BusinessRuleViolation.class);
		s.approve(APPROVER, APPROVER, T0);
		s.publish(T0.plusSeconds(60));
		assertThat(s.state).isEqualTo(StatementState.PUBLISHED);
		assertThat(s.publishedAt).isEqualTo(T0.plusSeconds(60));
	}

	@Test
	void theDrafterCannotApproveTheirOwnStatementEvenAsTheApprover() {
		Statement s = draft();
		assertThatThrownBy(() -> s.approve(DRAFTER, DRAFTER, T0)).isInstanceOf(BusinessRuleViolation.class);
		assertThat(s.state).isEqualTo(StatementState.DRAFT);
	}

	@Test
	void onlyTheNamedApproverApprovesOrReturns() {
		Statement s = draft();
		assertThatThrownBy(() -> s.approve(OWNER, APPROVER, T0)).isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> s.sendBack(OWNER, APPROVER, "no")).isInstanceOf(AccessDenied.class);
		s.sendBack(APPROVER, APPROVER, "数据需核实");
		assertThat(s.state).isEqualTo(StatementState.RETURNED);
		assertThatThrownBy(() -> s.publish(T0)).isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void onlyItsOwnerTakesUpAndAnswersATaskAndAnAnswerSaysWhatWasDone() {
		OpinionTask t = task(T0.plusSeconds(3600));
		assertThatThrownBy(() -> t.start(DRAFTER)).isInstanceOf(AccessDenied.class);
		t.start(OWNER);
		assertThatThrownBy(() -> t.answer(OWNER, " ", T0)).isInstanceOf(BusinessRuleViolation.class);
		t.answer(OWNER, "已核查", T0);
		assertThat(t.state).isEqualTo(TaskState.DONE);
		assertThatThrownBy(() -> t.answer(OWNER, "again", T0)).isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void anOverdueTaskChasesAtOnceAndEscalatesOnlyAfterTheGrace() {
		OpinionTask t = task(T0);
		Instant anHourLate = T0.plus(Duration.ofHours(1));
		assertThat(t.chaseDue(T0.minusSeconds(1))).isFalse();
		assertThat(t.chaseDue(anHourLate)).isTrue();
		assertThat(t.escalationDue(anHourLate, 4)).isFalse();
		assertThat(t.escalationDue(T0.plus(Duration.ofHours(4)), 4)).isTrue();
		t.answer(OWNER, "done", anHourLate);
		assertThat(t.escalationDue(T0.plus(Duration.ofHours(5)), 4)).isFalse();
	}

	@Test
	void aMajorCaseMustReleaseWithinFiveHoursAndHoldAPressConferenceWithinADay() {
		ReleaseDeadlines d = majorCase().deadlines(5, 24);
		assertThat(d.firstRelease().due()).isEqualTo(T0.plus(Duration.ofHours(5)));
		assertThat(d.press().due()).isEqualTo(T0.plus(Duration.ofHours(24)));
		assertThat(d.late(T0.plus(Duration.ofHours(4)))).isFalse();
		assertThat(d.late(T0.plus(Duration.ofHours(6)))).isTrue();
		assertThat(ReleaseDeadlines.of(Severity.LARGER, T0, 5, 24, null, null).any()).isFalse();
	}

	@Test
	void theFirstPublishedStatementMeetsTheReleaseDeadlineAndAPressConferenceTheOther() {
		OpinionCase c = majorCase();
		c.published(StatementKind.BULLETIN, T0.plus(Duration.ofHours(2)));
		ReleaseDeadlines d = c.deadlines(5, 24);
		assertThat(d.firstRelease().stateKey(T0.plus(Duration.ofHours(30)))).isEqualTo("opinion.deadline.met");
		assertThat(d.press().missed(T0.plus(Duration.ofHours(30)))).isTrue();
		c.published(StatementKind.PRESS_CONFERENCE, T0.plus(Duration.ofHours(26)));
		assertThat(c.deadlines(5, 24).press().metLate()).isTrue();
		assertThat(c.firstReleaseAt).isEqualTo(T0.plus(Duration.ofHours(2)));
	}

	@Test
	void eachMissedDeadlineIsToldToTheBureauAboveOnce() {
		OpinionCase c = majorCase();
		Instant late = T0.plus(Duration.ofHours(25));
		ReleaseDeadlines d = c.deadlines(5, 24);
		assertThat(c.missedToTell(d, late)).isEqualTo(ReleaseDeadlines.Kind.FIRST_RELEASE);
		assertThat(c.missedToTell(d, late)).isEqualTo(ReleaseDeadlines.Kind.PRESS_CONFERENCE);
		assertThat(c.missedToTell(d, late)).isNull();
	}

	@Test
	void aCaseClosesOnlyWhenEveryTaskIsDoneAndTheBureauAboveIsItsParent() {
		OpinionCase c = majorCase();
		assertThatThrownBy(() -> c.close(1, T0)).isInstanceOf(BusinessRuleViolation.class);
		c.close(0, T0);
		assertThat(c.state).isEqualTo(CaseState.CLOSED);
		assertThatThrownBy(c::requireOpen).isInstanceOf(BusinessRuleViolation.class);
		assertThat(c.bureauAbove().value()).isEqualTo("450400");
		OpinionCase school = new OpinionCase(2, "450422", 7L, "s", Severity.GENERAL, T0, APPROVER, CaseState.OPEN, null,
				null, null, null, null);
		assertThat(school.bureauAbove().value()).isEqualTo("450422");
	}

}
