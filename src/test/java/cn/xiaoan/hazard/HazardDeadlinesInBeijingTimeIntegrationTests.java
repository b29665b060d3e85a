package cn.xiaoan.hazard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deadline that is a date ("by 30 November") ends at midnight Beijing time, on a server
 * that runs in UTC: the installation's clock decides which day "today" is.
 */
@PlatformTest
class HazardDeadlinesInBeijingTimeIntegrationTests {

	private static final LocalDate NOVEMBER_30 = LocalDate.of(2026, 11, 30);

	@Autowired
	Clock installation;

	/** "Today" for the hazard rules at a moment given in UTC. */
	private LocalDate todayAt(String utc) {
		return LocalDate.now(Clock.fixed(Instant.parse(utc), installation.getZone()));
	}

	private static Hazard dueOn(LocalDate deadline) {
		Hazard hazard = new Hazard(1, 2, "450422", "楼梯扶手松动", SafetyCategory.BUILDINGS, HazardGrade.GENERAL,
				HazardStatus.REPORTED, null, null, null, 0, null, EscalationLevel.SCHOOL, null);
		hazard.register();
		hazard.grade(HazardGrade.GENERAL, deadline, deadline.minusDays(7));
		return hazard;
	}

	@Test
	void aHazardDueOnTheThirtiethIsOverdueOnlyAfterMidnightBeijingTime() {
		Hazard hazard = dueOn(NOVEMBER_30);
		// 23:30 in Beijing = 15:30 UTC, still the 30th
		assertThat(hazard.overdue(todayAt("2026-11-30T15:30:00Z"))).isFalse();
		// 00:10 on 1 December in Beijing = 16:10 UTC on the 30th
		assertThat(hazard.overdue(todayAt("2026-11-30T16:10:00Z"))).isTrue();
	}

	private static final Hazard.EscalationRule RULE = new Hazard.EscalationRule(1, 10, EscalationLevel.CITY);

	@Test
	void anOverdueHazardEscalatesTheDayAfterItsDeadlineInBeijingTime() {
		Hazard hazard = dueOn(NOVEMBER_30);
		Instant late = Instant.parse("2026-11-30T15:30:00Z");
		Instant nextDay = Instant.parse("2026-11-30T16:10:00Z");
		assertThat(hazard.escalationDue(todayAt("2026-11-30T15:30:00Z"), late, RULE)).isFalse();
		assertThat(hazard.escalationDue(todayAt("2026-11-30T16:10:00Z"), nextDay, RULE)).isTrue();
	}

	@Test
	void aSupervisedHazardsAcceptanceIsLateOnlyAfterItsDueDayEndsInBeijingTime() {
		var listing = new HazardSupervision.Listing("COUNTY", "450422", "督办〔2026〕1", NOVEMBER_30.minusDays(10),
				NOVEMBER_30, "藤县教育局管理员", null, null, null, null);
		assertThat(listing.overdue(todayAt("2026-11-30T15:30:00Z"))).isFalse();
		assertThat(listing.overdue(todayAt("2026-11-30T16:10:00Z"))).isTrue();
	}

}
