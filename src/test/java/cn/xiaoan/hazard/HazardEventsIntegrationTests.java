package cn.xiaoan.hazard;

import java.time.LocalDate;
import java.util.stream.Stream;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * hazard tells others by events and {@code notification} turns them into inbox messages.
 * On the shared platform context: a module-scoped context would boot a second embedded
 * PostgreSQL and run every migration again, which costs more than these tests.
 */
@PlatformTest
@EnableScenarios
class HazardEventsIntegrationTests {

	/** The listener's id in the event publication registry. */
	private static final String ESCALATION_LISTENER = "cn.xiaoan.notification.HazardNotices.on(cn.xiaoan.hazard.HazardEscalated)";

	@Autowired
	Demo demo;

	@Autowired
	HazardManagement hazards;

	@Autowired
	HazardEscalation escalation;

	@Autowired
	Notifications notifications;

	@Autowired
	EventPublicationRegistry registry;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	TransactionTemplate transactions;

	private long reported(String title) {
		long school = demo.schoolOf("principal2");
		return demo.callAs("principal2",
				() -> hazards
					.report(new ReportHazard(school, title, "", "", SafetyCategory.FIRE, HazardSource.AD_HOC, null,
							null, HazardGrade.GENERAL))
					.id());
	}

	private boolean inboxHasEscalation(String user, long id) {
		return demo.callAs(user, () -> notifications.inbox())
			.stream()
			.anyMatch(m -> m.messageKey().equals("notify.hazard.escalated")
					&& m.args().get(0).equals(HazardSummary.number(id)));
	}

	private int registered(long id) {
		return demo.jdbc()
			.sql("select count(*) from events.event_publication where event_type = :type and serialized_event like :id")
			.param("type", HazardEscalated.class.getName())
			.param("id", "%\"hazardId\":" + id + ",%")
			.query(Integer.class)
			.single();
	}

	@Test
	void anOverdueHazardIsEscalatedByAnEventAndTheCountyBureauReadsItInItsInbox(Scenario scenario) {
		long id = reported("事件测试：楼道应急灯不亮");
		demo.runAs("principal2", () -> {
			hazards.register(id);
			hazards.grade(id, HazardGrade.GENERAL, LocalDate.now());
		});
		demo.jdbc().sql("update hazard.hazard set deadline = current_date - 5 where id = :id").param("id", id).update();
		String county = demo.callAs("principal2", () -> hazards.summary(id)).regionCode().substring(0, 6);
		scenario.stimulate(() -> escalation.escalateOverdue())
			.andWaitForEventOfType(HazardEscalated.class)
			.matching(e -> e.hazardId() == id)
			.toArriveAndVerify(e -> {
				assertThat(e.level()).isEqualTo(EscalationLevel.COUNTY);
				assertThat(e.bureauRegion()).isEqualTo(county);
				assertThat(e.number()).isEqualTo(HazardSummary.number(id));
			});
		await().until(() -> inboxHasEscalation("sz_safety", id));
		assertThat(inboxHasEscalation("qj_safety", id)).isFalse();
	}

	@Test
	void anEventWhoseListenerHasNotCompletedStaysRegisteredAndIsCompletedWhenResubmitted() {
		long id = reported("事件测试：配电箱未上锁");
		HazardSummary h = demo.callAs("principal2", () -> hazards.summary(id));
		String county = h.regionCode().substring(0, 6);
		HazardEscalated event = new HazardEscalated(id, h.number(), h.schoolId(), h.regionCode(), h.title(),
				LocalDate.now().minusDays(5), EscalationLevel.COUNTY, county);
		// As if the instance stopped after the commit, before notification's listener
		// ran.
		transactions.executeWithoutResult(
				tx -> registry.store(event, Stream.of(PublicationTargetIdentifier.of(ESCALATION_LISTENER))));
		assertThat(registered(id)).isEqualTo(1);
		assertThat(inboxHasEscalation("sz_safety", id)).isFalse();

		incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof HazardEscalated e && e.hazardId() == id);

		await().until(() -> inboxHasEscalation("sz_safety", id));
		await().until(() -> registered(id) == 0);
	}

}
