package cn.xiaoan.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GuardRuleTests {

	private final GuardRule national = GuardRule.national();

	@ParameterizedTest(name = "N={0} needs {1}")
	@CsvSource({ "0,1", "1,1", "99,1", "100,2", "101,2", "999,2", "1000,2", "1001,3", "1500,3", "1501,4", "2000,4",
			"2001,5", "3000,6", "10000,20" })
	void sizeRuleCountsAStartedBlockOf500AsAWholeGuard(int teachersAndStudents, int required) {
		assertThat(national.bySize(teachersAndStudents)).isEqualTo(required);
	}

	@ParameterizedTest(name = "B={0} needs {1}")
	@CsvSource({ "0,2", "1,2", "300,2", "301,3", "600,3", "601,4", "900,4", "901,5", "2000,8" })
	void boardingRuleAddsOneGuardPerStarted300BoardersBeyondTheFirst300(int boarders, int required) {
		assertThat(national.byBoarding(true, boarders)).isEqualTo(required);
	}

	@Test
	void aDaySchoolHasNoBoardingRequirement() {
		assertThat(national.byBoarding(false, 0)).isZero();
		assertThat(national.requirement(500, false, 0).required()).isEqualTo(2);
	}

	@Test
	void aBoardingSchoolNeedsTheHigherOfTheTwoRules() {
		GuardRequirement small = national.requirement(80, true, 50);
		assertThat(small.bySize()).isEqualTo(1);
		assertThat(small.byBoarding()).isEqualTo(2);
		assertThat(small.required()).isEqualTo(2);
		assertThat(small.decidingRule()).isEqualTo("BOARDING");
		GuardRequirement big = national.requirement(3000, true, 700);
		assertThat(big.bySize()).isEqualTo(6);
		assertThat(big.byBoarding()).isEqualTo(4);
		assertThat(big.required()).isEqualTo(6);
		assertThat(big.decidingRule()).isEqualTo("SIZE");
		GuardRequirement boardingHeavy = national.requirement(1100, true, 1300);
		assertThat(boardingHeavy.bySize()).isEqualTo(3);
		assertThat(boardingHeavy.byBoarding()).isEqualTo(6);
		assertThat(boardingHeavy.required()).isEqualTo(6);
	}

	@Test
	void aRegionCanRaiseTheNumbersLikeGbt29315() {
		// GB/T 29315-2022: at least 3 from 1000 pupils; 湖北: one more per 200 boarders.
		GuardRule stricter = new GuardRule(100, 1, 999, 2, 500, 2, 300, 200);
		assertThat(stricter.bySize(1000)).isEqualTo(3);
		assertThat(stricter.byBoarding(true, 500)).isEqualTo(3);
		assertThat(stricter.byBoarding(true, 501)).isEqualTo(4);
	}

}
