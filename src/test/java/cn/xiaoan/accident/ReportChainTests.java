package cn.xiaoan.accident;

import java.time.Duration;
import java.time.Instant;

import cn.xiaoan.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of an accident report's climb and of its grade. */
class ReportChainTests {

	private static final Instant OCCURRED = Instant.parse("2026-11-30T02:00:00Z");

	private static final Instant DUE = OCCURRED.plus(Duration.ofHours(2));

	@Test
	void aSeriousReportClimbsToTheProvinceAGeneralOneStopsAtTheCity() {
		ReportChain serious = ReportChain.plan("450422100", Severity.LARGER, DUE, OCCURRED, "safety");
		assertThat(serious.hops()).extracting(Hop::to)
			.containsExactly(ReportLevel.COUNTY, ReportLevel.CITY, ReportLevel.PROVINCE);
		assertThat(serious.hops()).extracting(Hop::toRegion).containsExactly("450422", "450400", "450000");
		ReportChain general = ReportChain.plan("450422100", Severity.GENERAL, DUE, OCCURRED, "safety");
		assertThat(general.hops()).extracting(Hop::to).containsExactly(ReportLevel.COUNTY, ReportLevel.CITY);
	}

	@Test
	void aSchoolReportingThreeHoursAfterASeriousAccidentIsRecordedAnHourLate() {
		ReportChain chain = ReportChain.plan("450422100", Severity.LARGER, DUE, OCCURRED.plus(Duration.ofHours(3)),
				"safety");
		assertThat(chain.hops().get(0).lateMinutes()).isEqualTo(60);
	}

	@Test
	void aCountyForwardsOnlyWhatReachedItAndForwardingSignsForIt() {
		Instant now = OCCURRED.plus(Duration.ofMinutes(30));
		ReportChain chain = ReportChain.plan("450422100", Severity.LARGER, DUE, now, "safety");
		assertThatThrownBy(() -> chain.forward(ReportLevel.CITY, "450400", now, "wz"))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThat(chain.openSteps(ReportLevel.COUNTY, "450422")).containsExactly("receive", "forward");
		Hop sent = chain.forward(ReportLevel.COUNTY, "450422", now.plus(Duration.ofHours(2)), "tx");
		assertThat(chain.hops().get(0).receivedAt()).isNotNull();
		assertThat(sent.lateMinutes()).isEqualTo(30);
		assertThat(chain.openSteps(ReportLevel.COUNTY, "450422")).isEmpty();
		assertThatThrownBy(() -> chain.forward(ReportLevel.COUNTY, "450422", now, "tx"))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void anotherCountyIsNotOnTheChain() {
		ReportChain chain = ReportChain.plan("450422100", Severity.GENERAL, DUE, OCCURRED, "safety");
		assertThatThrownBy(() -> chain.receive(ReportLevel.COUNTY, "450421", OCCURRED, "cw"))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void theTopLevelSignsAndForwardsNothing() {
		ReportChain chain = ReportChain.plan("450422100", Severity.GENERAL, DUE, OCCURRED, "safety");
		chain.forward(ReportLevel.COUNTY, "450422", OCCURRED, "tx");
		assertThat(chain.openSteps(ReportLevel.CITY, "450400")).containsExactly("receive");
		chain.receive(ReportLevel.CITY, "450400", OCCURRED, "wz");
		assertThat(chain.complete()).isTrue();
		assertThatThrownBy(() -> chain.forward(ReportLevel.CITY, "450400", OCCURRED, "wz"))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void theDeadAndSeriouslyInjuredSetTheLowestGrade() {
		assertThat(Severity.atLeast(0, 2)).isEqualTo(Severity.GENERAL);
		assertThat(Severity.atLeast(3, 0)).isEqualTo(Severity.LARGER);
		assertThat(Severity.atLeast(0, 10)).isEqualTo(Severity.LARGER);
		assertThat(Severity.atLeast(10, 0)).isEqualTo(Severity.MAJOR);
		assertThat(Severity.atLeast(1, 100)).isEqualTo(Severity.ESPECIALLY_MAJOR);
	}

	@Test
	void aStudentIsShownBySurnameOnly() {
		assertThat(VictimRecords.initials("李明")).isEqualTo("李某");
		assertThat(VictimRecords.initials("李")).isEqualTo("李某");
		assertThat(VictimRecords.initials("欧阳某")).isEqualTo("欧阳某");
	}

}
