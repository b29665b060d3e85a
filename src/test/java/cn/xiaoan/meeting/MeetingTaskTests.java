package cn.xiaoan.meeting;

import java.time.LocalDate;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.RegionCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingTaskTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	private static MeetingTask task(TaskStatus status, LocalDate deadline, Long assignee) {
		return new MeetingTask(1, 1, "450422100", deadline, assignee, status, null);
	}

	@Test
	void aTaskGoesFromToDoThroughInProgressToDone() {
		MeetingTask task = task(TaskStatus.OPEN, TODAY.plusDays(3), 7L);
		task.start();
		assertThat(task.status).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(task.close("已整改", TODAY)).isFalse();
		assertThat(task.status).isEqualTo(TaskStatus.DONE);
	}

	@Test
	void closingTakesAResultAndDoneIsFinal() {
		MeetingTask task = task(TaskStatus.OPEN, TODAY, 7L);
		assertThatThrownBy(() -> task.close("  ", TODAY)).isInstanceOf(BusinessRuleViolation.class);
		task.close("已完成", TODAY);
		assertThatThrownBy(() -> task.close("再次", TODAY)).isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(task::start).isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void aTaskClosedAfterItsDeadlineIsLateAndOnlyUndoneTasksAreOverdue() {
		MeetingTask late = task(TaskStatus.IN_PROGRESS, TODAY.minusDays(1), 7L);
		assertThat(late.overdue(TODAY)).isTrue();
		assertThat(late.close("迟办", TODAY)).isTrue();
		assertThat(late.overdue(TODAY)).isFalse();
		assertThat(task(TaskStatus.OPEN, TODAY, 7L).overdue(TODAY)).isFalse();
	}

	@Test
	void onlyAnOverdueTaskWithAnAssigneeIsChasedAndOnceADay() {
		assertThatThrownBy(() -> task(TaskStatus.OPEN, TODAY, 7L).chase(TODAY))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> task(TaskStatus.OPEN, TODAY.minusDays(2), null).chase(TODAY))
			.isInstanceOf(BusinessRuleViolation.class);
		MeetingTask overdue = task(TaskStatus.OPEN, TODAY.minusDays(2), 7L);
		overdue.chase(TODAY);
		assertThat(overdue.chasedOn).isEqualTo(TODAY);
		assertThatThrownBy(() -> overdue.chase(TODAY)).isInstanceOf(BusinessRuleViolation.class);
		overdue.chase(TODAY.plusDays(1));
	}

	@Test
	void townshipsHoldTheirQuarterlyMeetingAndCountiesTheJointMeeting() {
		assertThat(MeetingKind.TOWNSHIP.heldAt(RegionCode.Level.TOWNSHIP)).isTrue();
		assertThat(MeetingKind.TOWNSHIP.heldAt(RegionCode.Level.COUNTY)).isFalse();
		assertThat(MeetingKind.JOINT.heldAt(RegionCode.Level.TOWNSHIP)).isFalse();
		assertThat(MeetingKind.JOINT.heldAt(RegionCode.Level.CITY)).isTrue();
		assertThat(MeetingKind.CONSULTATION.heldAt(RegionCode.Level.TOWNSHIP)).isTrue();
	}

	@Test
	void quartersRunFromJanuaryAprilJulyAndOctober() {
		Quarter q = Quarter.of(TODAY);
		assertThat(q).isEqualTo(new Quarter(2026, 4));
		assertThat(q.first()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(q.last()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(q.next()).isEqualTo(new Quarter(2027, 1));
		assertThat(new Quarter(2027, 1).previous()).isEqualTo(q);
		assertThat(Quarter.parse("2026-2", q)).isEqualTo(new Quarter(2026, 2));
		assertThat(Quarter.parse("2026-5", q)).isEqualTo(q);
		assertThat(Quarter.parse("<script>", q)).isEqualTo(q);
		assertThat(Quarter.parse(q.toString(), null)).isEqualTo(q);
	}

}
