package cn.xiaoan.risk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A review due on 1 December is due from 00:00 that day in Beijing, not from 08:00. */
@PlatformTest
class RiskReviewInBeijingTimeIntegrationTests {

	private static final LocalDate NOVEMBER_30 = LocalDate.of(2026, 11, 30);

	@Autowired
	Clock installation;

	private LocalDate todayAt(String utc) {
		return LocalDate.now(Clock.fixed(Instant.parse(utc), installation.getZone()));
	}

	@Test
	void aRiskReviewDueOnTheFirstOfDecemberIsDueFromMidnightBeijingTime() {
		var point = new RiskPoint(1, 2, "450422", "FX-001", null, "C", "消防", "配电房", "", "", "", "", "", "", "", "",
				"LS", null, null, null, null, null, RiskLevel.GENERAL, "", null, NOVEMBER_30.plusDays(1), null, null);
		assertThat(point.dueForReview(todayAt("2026-11-30T15:30:00Z"))).isFalse();
		assertThat(point.dueForReview(todayAt("2026-11-30T16:10:00Z"))).isTrue();
	}

}
