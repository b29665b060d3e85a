package cn.xiaoan.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DataScopeTests {

	@Test
	void aCountyBureauSeesTheSchoolsOfItsCountyAndTownshipsOnly() {
		DataScope county = DataScope.region(RegionCode.of("450422"));
		assertThat(county.coversSchool(1, "450422")).isTrue();
		assertThat(county.coversSchool(2, "450422103")).isTrue();
		assertThat(county.coversSchool(3, "450423")).isFalse();
		assertThat(county.coversRegion("450400")).isFalse();
	}

	@Test
	void aSchoolScopeSeesOneSchoolAndNoRegion() {
		DataScope school = DataScope.school(7, "450422100");
		assertThat(school.coversSchool(7, "450422")).isTrue();
		assertThat(school.coversSchool(8, "450422")).isFalse();
		assertThat(school.coversRegion("450422")).isFalse();
	}

	@Test
	void selfScopeReachesNoSchoolRecord() {
		assertThat(DataScope.self(7L, "450422100").coversSchool(7, "450422")).isFalse();
	}

}
