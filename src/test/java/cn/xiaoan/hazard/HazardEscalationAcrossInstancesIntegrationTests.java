package cn.xiaoan.hazard;

import java.time.Duration;
import java.time.LocalDate;

import cn.xiaoan.platform.EmbeddedServer;
import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.Concurrently;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.events.IncompleteEventPublications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A second, separate application instance on the same database: both run the escalation
 * job at the same moment, and the overdue hazard still moves up exactly one level with
 * exactly one notification.
 */
@PlatformTest
class HazardEscalationAcrossInstancesIntegrationTests {

	@Autowired
	EmbeddedServer database;

	@Autowired
	HazardEscalation escalation;

	@Autowired
	HazardManagement hazards;

	@Autowired
	Demo demo;

	@Autowired
	IncompleteEventPublications incomplete;

	@Test
	void twoAppInstancesOnOneDatabaseEscalateAnOverdueHazardExactlyOnce() throws Exception {
		long school = demo.schoolOf("principal2");
		long id = demo.callAs("principal2",
				() -> hazards
					.report(new ReportHazard(school, "两实例测试：消防栓无水", "", "", SafetyCategory.FIRE, HazardSource.AD_HOC,
							null, null, HazardGrade.GENERAL))
					.id());
		demo.runAs("principal2", () -> {
			hazards.register(id);
			hazards.grade(id, HazardGrade.GENERAL, LocalDate.now());
		});
		demo.jdbc().sql("update hazard.hazard set deadline = current_date - 5 where id = :id").param("id", id).update();
		try (ConfigurableApplicationContext second = SecondInstance.start(database)) {
			assertThat(second.getBeansOfType(EmbeddedServer.class))
				.as("the second instance uses the first one's database")
				.isEmpty();
			HazardEscalation other = second.getBean(HazardEscalation.class);
			Concurrently.run(escalation::escalateOverdue, other::escalateOverdue);
		}
		assertThat(demo.jdbc()
			.sql("select escalation_level from hazard.hazard where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("COUNTY");
		assertThat(demo.jdbc()
			.sql("select count(*) from hazard.transition where hazard_id = :id and note_key like 'hazard.history.escalated.%'")
			.param("id", id)
			.query(Integer.class)
			.single()).isEqualTo(1);
		try {
			await().atMost(Duration.ofSeconds(5)).until(() -> escalatedMessages(id) == 1);
		}
		catch (ConditionTimeoutException lost) {
			// The second instance escalated and stopped before its listener ran: the
			// event
			// is still registered, and this instance completes it as after a restart.
			incomplete
				.resubmitIncompletePublications(p -> p.getEvent() instanceof HazardEscalated e && e.hazardId() == id);
			await().until(() -> escalatedMessages(id) == 1);
		}
		assertThat(escalatedMessages(id)).isEqualTo(1);
	}

	private int escalatedMessages(long id) {
		return demo.jdbc().sql("""
				select count(*) from notification.message where message_key = 'notify.hazard.escalated'
				and args[1] = :number""").param("number", HazardSummary.number(id)).query(Integer.class).single();
	}

}
