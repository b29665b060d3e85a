package cn.xiaoan.education.lesson;

import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.RegionCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LessonsTests {

	@Test
	void aQuizCountsTowardsTheSchoolsRegionElseTheBureausWithoutALookup() {
		assertThat(Lessons.regionOf(DataScope.school(7, "450422100"))).isEqualTo("450422100");
		assertThat(Lessons.regionOf(DataScope.self(7L, "450422"))).isEqualTo("450422");
		assertThat(Lessons.regionOf(DataScope.region(RegionCode.of("450400")))).isEqualTo("450400");
		assertThat(Lessons.regionOf(DataScope.all())).isNull();
		assertThat(Lessons.regionOf(DataScope.self(null, null))).as("a student without a school").isNull();
	}

}
