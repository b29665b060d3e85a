package cn.xiaoan.org;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.xiaoan.shared.RegionCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped division table and how its quirks are read. */
class DivisionsTests {

	private final Divisions divisions = new Divisions();

	@Test
	void aPlaceholderCityIsDroppedAndItsCountiesHangFromTheProvince() {
		List<Region> regions = Divisions.arrange(List.of(row("110000", "北京市", ""), row("110100", "市辖区", "110000"),
				row("110101", "东城区", "110100"), row("110101001", "东华门街道", "110101")));
		assertThat(regions).extracting(Region::code).containsExactly("110000", "110101", "110101001");
		assertThat(parents(regions)).containsEntry("110101", "110000").containsEntry("110101001", "110101");
	}

	@Test
	void aCodeListedTwiceKeepsItsFirstRow() {
		List<Region> regions = Divisions.arrange(List.of(row("440000", "广东省", ""), row("441900", "东莞市", "440000"),
				row("441900", "东莞市", "441900"), row("441900003", "东城街道", "441900")));
		assertThat(regions).extracting(Region::code).containsExactly("440000", "441900", "441900003");
		assertThat(regions.get(1).level()).isEqualTo(RegionCode.Level.CITY);
		assertThat(regions.get(1).parentCode()).isEqualTo("440000");
	}

	@Test
	void guangxiComesWithItsCitiesCountiesAndEveryTownshipOfWuzhou() {
		List<Region> guangxi = divisions.province("450000", true);
		assertThat(guangxi.get(0)).isEqualTo(new Region("450000", "广西壮族自治区", RegionCode.Level.PROVINCE, null));
		assertThat(guangxi).filteredOn(r -> r.level() == RegionCode.Level.CITY).hasSize(14);
		assertThat(guangxi).filteredOn(r -> r.code().startsWith("4504") && r.level() == RegionCode.Level.TOWNSHIP)
			.hasSize(66)
			.extracting(Region::name)
			.contains("藤州镇", "塘步镇", "城东镇", "夏郢镇", "岑城镇", "糯垌镇");
		assertThat(divisions.province("450000", false)).noneMatch(r -> r.level() == RegionCode.Level.TOWNSHIP);
	}

	@Test
	void countiesDirectlyUnderAProvinceHangFromIt() {
		assertThat(parents(divisions.province("420000", false))).containsEntry("429004", "420000")
			.doesNotContainKey("429000");
		assertThat(parents(divisions.province("500000", false))).containsEntry("500101", "500000")
			.containsEntry("500229", "500000")
			.doesNotContainKey("500100")
			.doesNotContainKey("500200");
		assertThat(parents(divisions.province("460000", true))).containsEntry("469001", "460000")
			.containsEntry("460400100", "460400");
	}

	@Test
	void everyRegionOfEveryProvinceComesAfterItsParent() {
		List<Region> provinces = divisions.provinces();
		assertThat(provinces).hasSize(31).extracting(Region::name).contains("北京市", "广西壮族自治区", "新疆维吾尔自治区");
		for (Region province : provinces) {
			Set<String> seen = new HashSet<>();
			for (Region region : divisions.province(province.code(), true)) {
				assertThat(region.parentCode() == null || seen.contains(region.parentCode()))
					.as("parent of %s %s", region.code(), region.name())
					.isTrue();
				assertThat(RegionRules.placementProblem(region.code(), region.parentCode())).as(region.code()).isNull();
				seen.add(region.code());
			}
		}
	}

	@Test
	void aCodeThatIsNoProvinceLoadsNothing() {
		assertThat(divisions.province("450400", true)).isEmpty();
		assertThat(divisions.province("990000", true)).isEmpty();
		assertThat(divisions.province("abc", true)).isEmpty();
	}

	private static String[] row(String code, String name, String parent) {
		return new String[] { code, name, parent };
	}

	private static Map<String, String> parents(List<Region> regions) {
		return regions.stream()
			.filter(r -> r.parentCode() != null)
			.collect(Collectors.toMap(Region::code, Region::parentCode));
	}

}
