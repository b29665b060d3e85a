package cn.xiaoan.risk;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped library says what the rules say: monthly drills (quarterly in
 * kindergartens) and the "六不" of drowning prevention.
 */
@PlatformTest
class RiskLibraryTextIntegrationTests {

	@Autowired
	Demo demo;

	private long pointsAndTemplatesMatching(String pattern) {
		return demo.jdbc()
			.sql("""
					select (select count(*) from risk.template
					        where concat_ws(' ', hazard_factors, control_measures, emergency_measures) ~ :p)
					     + (select count(*) from risk.point
					        where concat_ws(' ', hazard_factors, control_measures, emergency_measures) ~ :p)""")
			.param("p", pattern)
			.query(Long.class)
			.single();
	}

	@Test
	void drowningEducationIsTheSixRulesNotSeven() {
		assertThat(pointsAndTemplatesMatching("七不")).isZero();
		assertThat(pointsAndTemplatesMatching("“六不”防溺水")).isPositive();
	}

	@Test
	void drillsAreMonthlyInSchoolsAndQuarterlyInKindergartensNotOnceASemester() {
		assertThat(pointsAndTemplatesMatching("每学期至少[^；]*一次[^；]*演练")).isZero();
		assertThat(pointsAndTemplatesMatching("每月至少[^；]*一次[^；]*演练")).isGreaterThanOrEqualTo(2);
		assertThat(pointsAndTemplatesMatching("幼儿园每季度至少一次")).isGreaterThanOrEqualTo(2);
	}

}
