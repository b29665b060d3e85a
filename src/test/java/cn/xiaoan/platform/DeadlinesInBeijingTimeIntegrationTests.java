package cn.xiaoan.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import cn.xiaoan.education.MyHomework;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Homework due on the 30th is late from 00:00 on 1 December in Beijing, not from 00:00
 * UTC (08:00 in Beijing).
 */
@PlatformTest
class DeadlinesInBeijingTimeIntegrationTests {

	private static final LocalDate NOVEMBER_30 = LocalDate.of(2026, 11, 30);

	@Autowired
	Clock installation;

	private LocalDate todayAt(String utc) {
		return LocalDate.now(Clock.fixed(Instant.parse(utc), installation.getZone()));
	}

	@Test
	void homeworkDueOnTheThirtiethIsOverdueOnlyAfterMidnightBeijingTime() {
		var homework = new MyHomework(1, 2, "学生", "防溺水", "L1", "防溺水", NOVEMBER_30, false, false, false, null, false,
				false, false, 0);
		assertThat(homework.overdue(todayAt("2026-11-30T15:30:00Z"))).isFalse();
		assertThat(homework.overdue(todayAt("2026-11-30T16:10:00Z"))).isTrue();
	}

}
