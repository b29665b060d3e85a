package cn.xiaoan.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The meeting rules against the demo data: who records, reads and answers what, the
 * quarterly table and its reminders. Townships of 蒙山 and 岑溪 are used (藤州镇 is the browser
 * journey's).
 */
@PlatformTest
@RecordApplicationEvents
class MeetingIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MeetingManagement meetings;

	@Autowired
	MeetingCompliance compliance;

	@Autowired
	MeetingTodos todos;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrgManagement org;

	@Autowired
	PolicyManagement policy;

	@Autowired
	Notifications notifications;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEvents events;

	@Autowired
	MockMvc mvc;

	@Test
	void theLedgersAndTheQuarterlyTableExportAndTheMinutesPrintWithinScope() throws Exception {
		long meeting = demo.callAs("tx_safety", () -> meetings.record(meeting(MeetingKind.JOINT, 2)));
		for (String url : List.of("/meetings/export", "/meeting-tasks/export", "/meetings/compliance/export")) {
			var response = mvc.perform(get(url).with(demo.as("tx_safety"))).andReturn().getResponse();
			assertThat(response.getStatus()).as(url).isEqualTo(200);
			assertThat(response.getContentType()).as(url).contains("spreadsheetml");
			assertThat(response.getHeader("Content-Disposition")).as(url).contains("filename*=UTF-8''");
			assertThat(response.getContentAsByteArray()).as(url).startsWith('P', 'K');
		}
		var pdf = mvc.perform(get("/meetings/{id}/minutes.pdf", meeting).with(demo.as("tx_safety")))
			.andReturn()
			.getResponse();
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(new String(pdf.getContentAsByteArray(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
			.isEqualTo("%PDF");
		assertThat(mvc.perform(get("/meetings/{id}/minutes.pdf", meeting).with(demo.as("cz_safety")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/meetings/compliance").param("region", "530323").with(demo.as("tx_safety")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aTownshipRecordsItsQuarterlyMeetingAndItsCountyAndCitySeeItMet() {
		String township = "450423100";
		assertThat(demo.callAs("ms_safety", () -> compliance.of(null, compliance.currentQuarter()).notMet()))
			.extracting(ComplianceRow::code)
			.contains(township);
		long id = asTownship(township, () -> meetings.record(meeting(MeetingKind.TOWNSHIP, 2)));
		assertThat(events.stream(MeetingHeld.class))
			.anyMatch(e -> e.meetingId() == id && e.regionCode().equals(township));
		Compliance county = demo.callAs("ms_safety", () -> compliance.of(null, compliance.currentQuarter()));
		assertThat(county.notMet()).extracting(ComplianceRow::code).doesNotContain(township);
		ComplianceRow row = county.rows().stream().filter(r -> r.code().equals(township)).findFirst().orElseThrow();
		assertThat(row.met()).isEqualTo(1);
		assertThat(row.meetingsByQuarter().get(MeetingCompliance.QUARTERS - 1)).isGreaterThanOrEqualTo(1);
		assertThat(county.met() + county.notMet().size()).isEqualTo(county.townships());
		Compliance city = demo.callAs("wz_safety", () -> compliance.of(null, compliance.currentQuarter()));
		ComplianceRow mengshan = city.rows().stream().filter(r -> r.code().equals("450423")).findFirst().orElseThrow();
		assertThat(mengshan.met()).isGreaterThanOrEqualTo(1);
		assertThat(city.rows().stream().mapToInt(ComplianceRow::townships).sum()).isEqualTo(city.townships());
		assertThat(city.notMet()).hasSize(city.townships() - city.met());
		Compliance drilled = demo.callAs("wz_safety", () -> compliance.of("450423", compliance.currentQuarter()));
		assertThat(drilled.met()).isEqualTo(mengshan.met());
		assertThat(drilled.parentCode()).isEqualTo("450400");
	}

	@Test
	void aTownshipHoldsNoJointMeetingAndNoMeetingIsRecordedAheadOfTime() {
		assertThatThrownBy(() -> asTownship("450423101", () -> meetings.record(meeting(MeetingKind.JOINT, 1))))
			.isInstanceOf(BusinessRuleViolation.class);
		RecordMeeting future = new RecordMeeting(MeetingKind.JOINT, "明天的会", LocalDateTime.now(clock).plusDays(1), "会议室",
				"主持人", List.of(), "", "", "");
		assertThatThrownBy(() -> demo.callAs("ms_safety", () -> meetings.record(future)))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> demo.callAs("safety", () -> meetings.record(meeting(MeetingKind.JOINT, 1))))
			.isInstanceOf(AccessDenied.class);
	}

	@Test
	void aSchoolSeesNoMeetingButAnswersTheDecisionAssignedToIt() {
		long meeting = demo.callAs("tx_safety", () -> meetings.record(meeting(MeetingKind.JOINT, 3)));
		long task = demo.callAs("tx_safety", () -> meetings.addDecision(meeting,
				new AddDecision("检查学校消防通道", Department.EDUCATION, "安全办 王强", "safety", today().plusDays(5))));
		assertThatThrownBy(() -> demo.callAs("safety", () -> meetings.meeting(meeting))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.callAs("principal", () -> meetings.task(task))).isInstanceOf(NotFound.class);
		assertThat(demo.callAs("safety", () -> todos.todosFor(CurrentUserOf.get(), Locale.SIMPLIFIED_CHINESE, 50)))
			.anyMatch(t -> t.href().equals("/meeting-tasks/" + task) && t.title().contains("检查学校消防通道"));
		assertThat(demo.callAs("safety", () -> notifications.inbox()))
			.anyMatch(m -> m.messageKey().equals("notify.meeting.taskAssigned"));
		demo.runAs("safety", () -> meetings.startTask(task, "已排查一半"));
		demo.runAs("safety", () -> meetings.closeTask(task, new CloseTask("消防通道已全部清理", "照片存安全办")));
		TaskView done = demo.callAs("tx_safety", () -> meetings.task(task));
		assertThat(done.status()).isEqualTo(TaskStatus.DONE);
		assertThat(done.result()).isEqualTo("消防通道已全部清理");
		assertThat(events.stream(DecisionTaskClosed.class)).anyMatch(e -> e.taskId() == task && !e.late());
		assertThat(jdbc.sql("select count(*) from audit.entry where entity_type = 'meeting_task' and entity_id = :id")
			.param("id", String.valueOf(task))
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void anotherCountyNeitherReadsNorWritesAMeetingAndOnlyTheConveningBodyDecides() {
		long meeting = demo.callAs("tx_safety", () -> meetings.record(meeting(MeetingKind.CONSULTATION, 1)));
		AddDecision decision = new AddDecision("加强巡逻", Department.PUBLIC_SECURITY, "派出所 李明", "", today());
		assertThatThrownBy(() -> demo.callAs("cz_safety", () -> meetings.meeting(meeting)))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.callAs("cz_safety", () -> meetings.addDecision(meeting, decision)))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.callAs("wz_safety", () -> meetings.addDecision(meeting, decision)))
			.isInstanceOf(AccessDenied.class);
		assertThat(demo.callAs("wz_safety", () -> meetings.meeting(meeting)).title()).isNotBlank();
		long task = demo.callAs("tx_safety", () -> meetings.addDecision(meeting, decision));
		assertThatThrownBy(() -> demo.callAs("cz_safety", () -> meetings.task(task))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.runAs("tzz_safety", () -> meetings.closeTask(task, new CloseTask("x", ""))))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.runAs("wz_safety", () -> meetings.closeTask(task, new CloseTask("x", ""))))
			.isInstanceOf(AccessDenied.class);
	}

	@Test
	void aDecisionIsAssignedOnlyToAnAccountOfTheCountyAndNotBeforeTheMeeting() {
		long meeting = demo.callAs("tx_safety", () -> meetings.record(meeting(MeetingKind.JOINT, 4)));
		assertThatThrownBy(() -> demo.callAs("tx_safety",
				() -> meetings.addDecision(meeting,
						new AddDecision("跨省", Department.EDUCATION, "某人", "principal2", today()))))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> demo.callAs("tx_safety",
				() -> meetings.addDecision(meeting,
						new AddDecision("无此人", Department.EDUCATION, "某人", "nobody_here", today()))))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> demo.callAs("tx_safety",
				() -> meetings.addDecision(meeting,
						new AddDecision("早于会议", Department.EDUCATION, "某人", "", today().minusDays(30)))))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void anOverdueDecisionIsShownAndChasedOnceADay() {
		long meeting = demo.callAs("tx_safety", () -> meetings.record(meeting(MeetingKind.JOINT, 20)));
		long task = demo.callAs("tx_safety", () -> meetings.addDecision(meeting,
				new AddDecision("逾期事项", Department.EDUCATION, "安全办", "safety", today().minusDays(10))));
		assertThat(demo.callAs("tx_safety", () -> meetings.task(task)).overdue()).isTrue();
		demo.runAs("tx_safety", () -> meetings.chase(task));
		assertThatThrownBy(() -> demo.runAs("tx_safety", () -> meetings.chase(task)))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThat(demo.callAs("safety", () -> notifications.inbox()))
			.anyMatch(m -> m.messageKey().equals("notify.meeting.taskOverdue") && m.link().endsWith("/" + task));
		assertThat(demo.callAs("tx_safety", () -> todos.todosFor(CurrentUserOf.get(), Locale.SIMPLIFIED_CHINESE, 100)))
			.anyMatch(t -> t.overdue() && t.href().endsWith("/" + task));
	}

	@Test
	void townshipsNotYetMetAreRemindedOnceBeforeTheQuarterEnds() {
		Quarter quarter = compliance.currentQuarter();
		Clock nearEnd = Clock.fixed(quarter.last().minusDays(3).atTime(9, 0).atZone(clock.getZone()).toInstant(),
				clock.getZone());
		QuarterReminders reminders = new QuarterReminders(jdbc, org, policy, notifications, nearEnd);
		assertThat(reminders.remindTownships()).isPositive();
		assertThat(reminders.remindTownships()).isZero();
		assertThat(reminded("450481112")).isTrue();
		// 塘步镇 met this quarter in the demo data
		assertThat(reminded("450422103")).isFalse();
		Clock early = Clock.fixed(quarter.first().atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
				clock.getZone());
		assertThat(new QuarterReminders(jdbc, org, policy, notifications, early).remindTownships()).isZero();
	}

	private boolean reminded(String township) {
		return jdbc.sql("""
				select exists (select 1 from notification.message
				where audience_region = :r and message_key = 'notify.meeting.quarterDue')""")
			.param("r", township)
			.query(Boolean.class)
			.single();
	}

	private RecordMeeting meeting(MeetingKind kind, int daysAgo) {
		LocalDateTime held = LocalDateTime.now(clock).minusDays(daysAgo);
		if (kind == MeetingKind.TOWNSHIP && !Quarter.of(held.toLocalDate()).equals(Quarter.of(today()))) {
			held = LocalDateTime.now(clock).minusHours(1);
		}
		return new RecordMeeting(kind, "测试会议" + System.nanoTime() % 10000, held, "会议室", "主持人",
				List.of(Department.EDUCATION, Department.PUBLIC_SECURITY), "", "议题", "纪要");
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static <T> T asTownship(String code, Supplier<T> call) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(new CurrentUser(0, "test", "乡镇测试账号",
				Role.BUREAU_SAFETY_OFFICER, DataScope.region(RegionCode.of(code)), null, false)));
		SecurityContextHolder.setContext(context);
		try {
			return call.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** The caller the security context holds. */
	private static final class CurrentUserOf {

		static CurrentUser get() {
			return cn.xiaoan.shared.Callers.current();
		}

	}

}
