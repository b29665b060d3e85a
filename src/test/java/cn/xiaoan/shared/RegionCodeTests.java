package cn.xiaoan.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RegionCodeTests {

	@Test
	void knowsItsLevelPrefixAndParent() {
		assertThat(RegionCode.of("450000").level()).isEqualTo(RegionCode.Level.PROVINCE);
		assertThat(RegionCode.of("450400").level()).isEqualTo(RegionCode.Level.CITY);
		assertThat(RegionCode.of("450422").level()).isEqualTo(RegionCode.Level.COUNTY);
		assertThat(RegionCode.of("450422100").level()).isEqualTo(RegionCode.Level.TOWNSHIP);
		assertThat(RegionCode.of("450000").prefix()).isEqualTo("45");
		assertThat(RegionCode.of("450400").prefix()).isEqualTo("4504");
		assertThat(RegionCode.of("450422100").parent()).isEqualTo(RegionCode.of("450422"));
		assertThat(RegionCode.of("450422").parent()).isEqualTo(RegionCode.of("450400"));
		assertThat(RegionCode.of("450400").parent()).isEqualTo(RegionCode.of("450000"));
		assertThat(RegionCode.of("450000").parent()).isNull();
	}

	@Test
	void aCityContainsItsCountiesAndTownshipsButNotItsNeighbours() {
		RegionCode wuzhou = RegionCode.of("450400");
		assertThat(wuzhou.contains("450422")).isTrue();
		assertThat(wuzhou.contains("450422100")).isTrue();
		assertThat(wuzhou.contains("450300")).isFalse();
		assertThat(wuzhou.contains("530323")).isFalse();
	}

	@Test
	void aScopePrefixLeadsBackToItsRegion() {
		assertThat(RegionCode.fromPrefix("45")).isEqualTo(RegionCode.of("450000"));
		assertThat(RegionCode.fromPrefix("4504")).isEqualTo(RegionCode.of("450400"));
		assertThat(RegionCode.fromPrefix("450422")).isEqualTo(RegionCode.of("450422"));
		assertThat(RegionCode.fromPrefix("450422100")).isEqualTo(RegionCode.of("450422100"));
	}

	@Test
	void rejectsCodesOfTheWrongShape() {
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of("4504"));
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of("45040a"));
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of("４５０４００"));
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of("4504220010"));
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of(null));
		org.assertj.core.api.Assertions.assertThat(RegionCode.isValid("450422001")).isTrue();
		org.assertj.core.api.Assertions.assertThat(RegionCode.isValid("45042200 ")).isFalse();
	}

}
