package cn.xiaoan.org;

import java.util.Set;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where a region may sit and who may change it. */
class RegionRulesTests {

	private static final CurrentUser TENGXIAN = new CurrentUser(1, "tx_admin", "藤县教育局管理员", Role.BUREAU_ADMIN,
			DataScope.region(RegionCode.of("450422")), null, false);

	private static final CurrentUser ADMIN = new CurrentUser(2, "admin", "系统管理员", Role.SYSTEM_ADMIN, DataScope.all(),
			null, false);

	@Test
	void aCountyAdministersItsTownshipsButNotItselfNorANeighbour() {
		assertThatCode(() -> RegionRules.requireBelow(TENGXIAN, "450422103")).doesNotThrowAnyException();
		assertThatThrownBy(() -> RegionRules.requireBelow(TENGXIAN, "450422")).isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> RegionRules.requireBelow(TENGXIAN, "450423100")).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> RegionRules.requireBelow(TENGXIAN, "450400")).isInstanceOf(NotFound.class);
		assertThatCode(() -> RegionRules.requireBelow(ADMIN, "450000")).doesNotThrowAnyException();
	}

	@Test
	void onlyTheSystemAdministratorOrTheProvinceItselfLoadsAProvince() {
		CurrentUser guangxi = new CurrentUser(3, "gx_admin", "广西", Role.BUREAU_ADMIN,
				DataScope.region(RegionCode.of("450000")), null, false);
		CurrentUser wuzhou = new CurrentUser(4, "wz_admin", "梧州", Role.BUREAU_ADMIN,
				DataScope.region(RegionCode.of("450400")), null, false);
		assertThatCode(() -> RegionRules.requireLoad(guangxi, "450000")).doesNotThrowAnyException();
		assertThatCode(() -> RegionRules.requireLoad(ADMIN, "530000")).doesNotThrowAnyException();
		assertThatThrownBy(() -> RegionRules.requireLoad(wuzhou, "450000")).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> RegionRules.requireLoad(guangxi, "530000")).isInstanceOf(NotFound.class);
	}

	@Test
	void aRegionSitsBelowARegionOfAHigherLevelWhoseCodeItStartsWith() {
		assertThat(RegionRules.placementProblem("450422100", "450422")).isNull();
		assertThat(RegionRules.placementProblem("429004", "420000")).isNull();
		assertThat(RegionRules.placementProblem("450000", null)).isNull();
		assertThat(RegionRules.placementProblem("450000", "450000")).isEqualTo("region.parent.notabove");
		assertThat(RegionRules.placementProblem("450422100", "450423")).isEqualTo("region.parent.notabove");
		assertThat(RegionRules.placementProblem("450422100", "450422101")).isEqualTo("region.parent.notabove");
		assertThat(RegionRules.placementProblem("450422100", "")).isEqualTo("region.parent.required");
		assertThat(RegionRules.placementProblem("4504221", "450422")).isEqualTo("region.code.invalid");
	}

	@Test
	void aTownshipHangsFromItsCountyOnceTheCountyExists() {
		Set<String> inUse = Set.of("450000", "450400", "450422", "420000", "441900");
		assertThat(RegionRules.isNearestAncestor("450422999", "450422", inUse::contains)).isTrue();
		assertThat(RegionRules.isNearestAncestor("450422999", "450400", inUse::contains)).isFalse();
		assertThat(RegionRules.isNearestAncestor("429004", "420000", inUse::contains)).isTrue();
		assertThat(RegionRules.isNearestAncestor("441900003", "441900", inUse::contains)).isTrue();
		assertThat(RegionRules.naturalAncestors("450422100")).containsExactly("450422", "450400", "450000");
		assertThat(RegionRules.naturalAncestors("441900003")).containsExactly("441900", "440000");
	}

	@Test
	void aReasonTheSystemRecordedIsAMessageKey() {
		assertThat(RegionRules.reasonKey(RegionManagement.LOADED)).isEqualTo("region.reason.load");
		assertThat(RegionRules.reasonKey("撤乡并镇")).isNull();
	}

}
