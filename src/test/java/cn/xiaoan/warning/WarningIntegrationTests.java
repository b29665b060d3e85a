package cn.xiaoan.warning;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.xiaoan.org.SchoolType;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.TodoSource;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.ReminderReceiver;
import cn.xiaoan.notification.Notifications;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A county's warning reaches each of its schools once, is counted at every level as
 * schools acknowledge, and the silent ones are chased once and shown late to the county.
 */
@PlatformTest
class WarningIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	WarningManagement warnings;

	@Autowired
	WarningChase chase;

	@Autowired
	WarningInstructions instructions;

	@Autowired
	List<TodoSource> todos;

	private WarningSummary issue(String title, WarningLevel level) {
		return demo.callAs("tx_safety", () -> warnings.issue(new IssueWarning(WarningKind.TYPHOON, level, title,
				"台风“海葵”将于明日登陆。", "停止户外活动\n检查门窗和围墙", LocalDateTime.now().plusDays(2), null, null, null)));
	}

	private Progress progress(String user, long id, String region) {
		return demo.callAs(user, () -> warnings.progress(id, region));
	}

	@Test
	void aWarningReachesEverySchoolOfTheCountyAndEveryLevelCountsThem() {
		int schools = demo.schoolsIn("450422").size();
		WarningSummary w = issue("台风红色预警（覆盖）", WarningLevel.RED);
		assertThat(w.targets()).isEqualTo(schools);
		assertThat(progress("tx_safety", w.id(), null).region().targets()).isEqualTo(schools);
		Progress city = progress("wz_safety", w.id(), null);
		assertThat(city.region().targets()).isEqualTo(schools);
		assertThat(city.children()).extracting(Progress.Row::prefix).containsExactly("450422");
		assertThat(progress("gx_admin", w.id(), "4504").region().targets()).isEqualTo(schools);
		int lines = demo.callAs("tx_safety", () -> warnings.lines(w.id(), null, "ALL", 0, 100)).size();
		assertThat(lines).isEqualTo(schools);
	}

	@Test
	void anAcknowledgementCountsOnceAtEveryLevelAndASecondIsRefused() {
		WarningSummary w = issue("台风黄色预警（签收）", WarningLevel.YELLOW);
		Acknowledgement ack = demo.callAs("principal",
				() -> warnings.acknowledge(w.id(), new AcknowledgeWarning(List.of(1), Map.of(1, "已通知全体师生"), "值班领导到岗")));
		assertThat(ack.acknowledged()).isTrue();
		assertThat(ack.actionsDone()).isEqualTo(1);
		assertThat(progress("tx_safety", w.id(), null).region().acknowledged()).isEqualTo(1);
		assertThat(progress("wz_safety", w.id(), null).region().acknowledged()).isEqualTo(1);
		assertThat(demo.callAs("tx_safety", () -> warnings.lines(w.id(), null, "ACKNOWLEDGED", 0, 50)))
			.extracting(Acknowledgement::schoolId)
			.containsExactly(demo.schoolOf("principal"));
		assertThatThrownBy(() -> demo.callAs("principal",
				() -> warnings.acknowledge(w.id(), new AcknowledgeWarning(List.of(), Map.of(), ""))))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThat(progress("tx_safety", w.id(), null).region().acknowledged()).isEqualTo(1);
	}

	@Test
	void silentSchoolsAreChasedOnceAfterTheIntervalAndCountLateForTheirCounty() {
		// warnings other tests issued earlier in this context (a slow run takes longer
		// than the interval) are chased now, so the counts below are this warning's
		chase.chaseOverdue(Instant.now().plus(Duration.ofMinutes(62)));
		WarningSummary w = issue("台风橙色预警（催办）", WarningLevel.ORANGE);
		demo.runAs("principal",
				() -> warnings.acknowledge(w.id(), new AcknowledgeWarning(List.of(1, 2), Map.of(), "")));
		int silent = w.targets() - 1;
		assertThat(chase.chaseOverdue(Instant.now().plus(Duration.ofMinutes(30)))).as("before the hour").isZero();
		assertThat(chase.chaseOverdue(Instant.now().plus(Duration.ofMinutes(61)))).isGreaterThanOrEqualTo(silent);
		assertThat(chase.chaseOverdue(Instant.now().plus(Duration.ofMinutes(62)))).as("chased once").isZero();
		Progress county = progress("tx_safety", w.id(), null);
		assertThat(county.region().late()).isEqualTo(silent);
		assertThat(demo.callAs("tx_safety", () -> warnings.lines(w.id(), null, "LATE", 0, 50))).hasSize(silent)
			.allMatch(Acknowledgement::late);
		long told = demo.jdbc()
			.sql("select count(*) from notification.message where message_key = 'notify.warning.late' and link like :l")
			.param("l", "/warnings/" + w.id() + "?%")
			.query(Long.class)
			.single();
		assertThat(told).isEqualTo(1);
		long late = WarningSchools.neighbours(demo).get(0);
		demo.runAs(WarningSchools.principalOf(demo, late),
				() -> warnings.acknowledge(w.id(), new AcknowledgeWarning(List.of(1), Map.of(), "")));
		assertThat(progress("tx_safety", w.id(), null).region().late()).isEqualTo(silent - 1);
	}

	@Test
	void aSchoolOutsideTheWarningNeitherSeesNorAcknowledgesIt() {
		WarningSummary w = issue("台风蓝色预警（范围）", WarningLevel.BLUE);
		assertThatThrownBy(() -> demo.callAs("principal2", () -> warnings.detail(w.id()))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.callAs("principal2",
				() -> warnings.acknowledge(w.id(), new AcknowledgeWarning(List.of(), Map.of(), ""))))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.callAs("qj_safety", () -> warnings.progress(w.id(), null)))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.callAs("tx_safety", () -> warnings.progress(w.id(), "5303")))
			.isInstanceOf(NotFound.class);
	}

	@Test
	void badInputIsRefusedFieldByField() {
		assertThatThrownBy(() -> demo.callAs("tx_safety",
				() -> warnings.issue(new IssueWarning(WarningKind.HEAT, WarningLevel.YELLOW, "高温", "高温预警", "  \n ",
						LocalDateTime.now().minusHours(1), "530323", null, null))))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					e -> assertThat(e.fieldErrors()).containsKey("regionCode"));
		assertThatThrownBy(() -> demo.callAs("tx_safety",
				() -> warnings.issue(new IssueWarning(WarningKind.HEAT, WarningLevel.YELLOW, "高温", "高温预警", "  \n ",
						LocalDateTime.now().minusHours(1), null, null, null))))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					e -> assertThat(e.fieldErrors()).containsKeys("actions", "validUntil"));
		assertThatThrownBy(() -> demo.callAs("tx_safety",
				() -> warnings.issue(new IssueWarning(WarningKind.HEAT, WarningLevel.YELLOW, "高温", "高温预警", "遮阳",
						LocalDateTime.now().plusHours(5), null, List.of(SchoolType.SPECIAL), null))))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					e -> assertThat(e.fieldErrors()).containsKey("regionCode"));
		assertThatThrownBy(() -> demo.callAs("principal",
				() -> warnings.issue(new IssueWarning(WarningKind.HEAT, WarningLevel.YELLOW, "高温", "高温预警", "遮阳",
						LocalDateTime.now().plusHours(5), null, null, null))))
			.isInstanceOf(cn.xiaoan.shared.AccessDenied.class);
	}

	@Test
	void aSchoolSeesTheWarningInItsToDoListUntilItAcknowledges() {
		WarningSummary w = issue("台风红色预警（待办）", WarningLevel.RED);
		assertThat(todoLinks("safety")).contains("/warnings/" + w.id());
		demo.runAs("safety", () -> warnings.acknowledge(w.id(), new AcknowledgeWarning(List.of(1), Map.of(), "")));
		assertThat(todoLinks("safety")).doesNotContain("/warnings/" + w.id());
	}

	@Test
	void aRedWarningIsPushedToTheLeadersOfItsSchoolsAndAChaseOnlyToTheSilentOnes() {
		long own = demo.schoolOf("principal");
		List<Long> schools = List.of(own, WarningSchools.neighbours(demo).get(0),
				WarningSchools.neighbours(demo).get(1));
		schools.forEach(s -> WarningSchools.principalOf(demo, s));
		String title = "台风红色预警（推送" + System.nanoTime() + "）";
		WarningSummary w = demo.callAs("tx_safety",
				() -> warnings.issue(new IssueWarning(WarningKind.TYPHOON, WarningLevel.RED, title, "台风将于今夜登陆。",
						"停课\n转移师生", LocalDateTime.now().plusDays(1), null, null, schools)));
		await().until(() -> pushedTo(title).containsAll(leadersOf(schools)));
		assertThat(pushedTo(title)).containsExactlyInAnyOrderElementsOf(leadersOf(schools));
		assertThat(ReminderReceiver.postsMentioning(title)).allSatisfy(post -> {
			assertThat(post.accountIds()).hasSizeLessThanOrEqualTo(Notifications.PUSH_BATCH);
			assertThat(post.text()).contains("红色预警", "台风", "签收", "/warnings/" + w.id());
		});
		demo.runAs("principal", () -> warnings.acknowledge(w.id(), new AcknowledgeWarning(List.of(1), Map.of(), "")));
		chase.chaseOverdue(Instant.now().plus(Duration.ofMinutes(61)));
		List<Long> silent = schools.subList(1, 3);
		await().until(() -> chasedTo(title).containsAll(leadersOf(silent)));
		assertThat(chasedTo(title)).containsExactlyInAnyOrderElementsOf(leadersOf(silent))
			.doesNotContainAnyElementsOf(leadersOf(List.of(own)));
		long countyOfficer = demo.jdbc()
			.sql("select id from people.account where username = 'tx_safety'")
			.query(Long.class)
			.single();
		await().until(() -> ReminderReceiver.postsMentioning(title)
			.stream()
			.anyMatch(p -> p.text().contains("逾期未签收") && p.accountIds().contains(countyOfficer)));
	}

	@Test
	void aCountyAddsItsInstructionsToACityWarningAndOnlyItsSchoolsSeeThem() {
		WarningSummary w = demo.callAs("wz_safety",
				() -> warnings.issue(new IssueWarning(WarningKind.TYPHOON, WarningLevel.ORANGE, "台风橙色预警（转发）",
						"台风将于明日登陆。", "停止户外活动", LocalDateTime.now().plusDays(2), null, null, null)));
		Instruction added = demo.callAs("tx_safety", () -> instructions.add(w.id(),
				new AddInstruction("各校今晚18时前完成校舍排查并上报", LocalDateTime.now().plusHours(5)), null, null));
		assertThat(added.prefix()).isEqualTo("450422");
		assertThat(demo.callAs("principal", () -> instructions.of(w.id()))).extracting(Instruction::text)
			.containsExactly("各校今晚18时前完成校舍排查并上报");
		assertThat(demo.callAs("wz_safety", () -> instructions.of(w.id()))).as("the issuer sees which county added")
			.extracting(Instruction::unitName)
			.containsExactly(added.unitName());
		String other = WarningSchools.principalOf(demo, demo.schoolsIn("450405").get(0));
		assertThat(demo.callAs(other, () -> instructions.of(w.id()))).as("another county's school").isEmpty();
		assertThat(demo.callAs("cz_safety", () -> instructions.of(w.id()))).as("another county").isEmpty();
		assertThatThrownBy(() -> demo.callAs("wz_safety",
				() -> instructions.add(w.id(), new AddInstruction("发布单位自己补充", null), null, null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.fieldErrors()).containsKey("text"));
		assertThatThrownBy(() -> demo.callAs("tx_safety",
				() -> instructions.add(w.id(), new AddInstruction("时限晚于预警结束", LocalDateTime.now().plusDays(3)), null,
						null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.fieldErrors()).containsKey("dueAt"));
		assertThatThrownBy(() -> demo.callAs("sz_safety",
				() -> instructions.add(w.id(), new AddInstruction("不在范围内", null), null, null)))
			.as("a county the warning does not reach")
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.callAs("principal",
				() -> instructions.add(w.id(), new AddInstruction("学校不能补充", null), null, null)))
			.isInstanceOf(cn.xiaoan.shared.AccessDenied.class);
	}

	private List<Long> pushedTo(String title) {
		return ReminderReceiver.postsMentioning(title)
			.stream()
			.filter(p -> !p.text().contains("催办") && !p.text().contains("逾期"))
			.flatMap(p -> p.accountIds().stream())
			.toList();
	}

	private List<Long> chasedTo(String title) {
		return ReminderReceiver.postsMentioning(title)
			.stream()
			.filter(p -> p.text().contains("催办"))
			.flatMap(p -> p.accountIds().stream())
			.toList();
	}

	private List<Long> leadersOf(List<Long> schools) {
		return demo.jdbc()
			.sql("select id from people.account where school_id = any(:s) and role in ('PRINCIPAL', 'SCHOOL_SAFETY_OFFICER')")
			.param("s", schools.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	private List<String> todoLinks(String user) {
		return demo.callAs(user,
				() -> todos.stream()
					.flatMap(s -> s.todosFor(Callers.current(), Locale.CHINA, 50).stream())
					.map(TodoSource.Todo::href)
					.toList());
	}

}
