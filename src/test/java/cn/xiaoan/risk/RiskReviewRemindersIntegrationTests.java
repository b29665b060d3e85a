package cn.xiaoan.risk;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PlatformTest
class RiskReviewRemindersIntegrationTests {

	@Autowired
	RiskReviewReminders reminders;

	@Autowired
	Notifications notifications;

	@Autowired
	RiskManagement risks;

	@Autowired
	Demo demo;

	private long reminders(String user) {
		return demo.callAs(user, () -> notifications.inbox())
			.stream()
			.filter(m -> m.messageKey().equals("notify.risk.review"))
			.count();
	}

	@Test
	void aPointDueForReviewIsRemindedOncePerReviewDate() {
		long school = demo.schoolOf("principal2");
		long before = reminders("principal2");
		demo.jdbc()
			.sql("""
					update risk.point set review_due = current_date + 3, review_reminded_for = null
					where id = (select min(id) from risk.point where school_id = :s and level is not null)""")
			.param("s", school)
			.update();
		reminders.remindDue();
		reminders.remindDue();
		// notification hears RiskReviewDue after the commit.
		await().until(() -> reminders("principal2") == before + 1);
		assertThat(reminders("principal2")).isEqualTo(before + 1);
		assertThat(reminders("principal")).isZero();
		demo.jdbc()
			.sql("""
					update risk.point set review_due = current_date + 5
					where id = (select min(id) from risk.point where school_id = :s and level is not null)""")
			.param("s", school)
			.update();
		reminders.remindDue();
		await().until(() -> reminders("principal2") == before + 2);
		assertThat(reminders("principal2")).isEqualTo(before + 2);
	}

	@Test
	void aChangedPointIsDueForReviewAtOnce() {
		long school = demo.schoolOf("principal2");
		long id = demo.jdbc()
			.sql("select min(id) from risk.point where school_id = :s and level is not null")
			.param("s", school)
			.query(Long.class)
			.single();
		demo.jdbc()
			.sql("update risk.point set review_due = current_date + 120 where id = :id")
			.param("id", id)
			.update();
		reminders.remindDue();
		RiskPoint point = demo.callAs("principal2", () -> risks.point(id));
		assertThat(demo.callAs("principal2", () -> risks.inventory(school, null, null, true))).extracting(RiskPoint::id)
			.doesNotContain(id);
		demo.callAs("principal2",
				() -> risks.edit(id,
						new EditRiskPoint(point.name(), point.location() + "（已改建）", point.hazardFactors(),
								point.accidentTypes(), point.emergencyMeasures(), point.supervisingDepartment(),
								point.reportPhone())));
		assertThat(demo.callAs("principal2", () -> risks.inventory(school, null, null, true))).extracting(RiskPoint::id)
			.as("in the due-for-review list")
			.contains(id);
		assertThat(reminders.remindDue()).as("the reminder job announces it").isEqualTo(1);
		assertThat(demo.jdbc()
			.sql("select review_reminded_for = current_date from risk.point where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single()).isTrue();
	}

}
