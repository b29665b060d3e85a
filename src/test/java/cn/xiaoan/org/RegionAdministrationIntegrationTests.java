package cn.xiaoan.org;

import java.util.List;

import cn.xiaoan.org.RegionCommands.LoadResult;
import cn.xiaoan.org.RegionCommands.RetireRegion;
import cn.xiaoan.org.RegionCommands.Retirement;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Loading a province from the division table and merging regions, on 海南 (which the demo
 * does not use, so the shared demo data stays as it is).
 */
@PlatformTest
class RegionAdministrationIntegrationTests {

	/** 海南: 1 province, 4 cities, 26 counties, 243 townships in the shipped table. */
	static final int HAINAN = 274;

	@Autowired
	Demo demo;

	@Autowired
	RegionManagement regions;

	@Autowired
	OrgManagement org;

	@Test
	void loadingAProvinceTwiceAddsNothingTheSecondTimeAndRestoresAChangedName() {
		LoadResult first = demo.callAs("admin", () -> regions.loadProvince("460000", true));
		assertThat(first.added() + first.renamed() + first.unchanged()).isEqualTo(HAINAN);
		LoadResult second = demo.callAs("admin", () -> regions.loadProvince("460000", true));
		assertThat(second).isEqualTo(new LoadResult(0, 0, HAINAN));
		assertThat(org.region("469001").orElseThrow().parentCode()).isEqualTo("460000");
		assertThat(org.region("469001100").orElseThrow().name()).isEqualTo("通什镇");

		demo.jdbc().sql("update org.region set name = '旧通什镇' where code = '469001100'").update();
		LoadResult third = demo.callAs("admin", () -> regions.loadProvince("460000", true));
		assertThat(third).isEqualTo(new LoadResult(0, 1, HAINAN - 1));
		assertThat(org.region("469001100").orElseThrow().name()).isEqualTo("通什镇");
		assertThat(demo.jdbc()
			.sql("select reason from org.region_history where region_code = '469001100' and action = 'RENAME'")
			.query(String.class)
			.list()).containsExactly(RegionManagement.LOADED);
		assertThat(audited("region", "460000")).isPositive();
	}

	@Test
	void mergingATownshipMovesItsSchoolsWithTheReasonAndRetiresItsCode() {
		demo.runAs("admin", () -> regions.loadProvince("460000", true));
		long a = school("2469001901", "南圣镇第一小学", "469001101");
		long b = school("2469001902", "南圣镇第二小学", "469001101");

		Retirement merged = demo.callAs("admin",
				() -> regions.retire("469001101", new RetireRegion("469001100", "撤镇并镇：南圣镇并入通什镇")));

		assertThat(merged.schoolsMoved()).isEqualTo(2);
		assertThat(org.findSchool(a).orElseThrow().regionCode()).isEqualTo("469001100");
		assertThat(org.findSchool(b).orElseThrow().regionCode()).isEqualTo("469001100");
		assertThat(demo.jdbc()
			.sql("select from_region || '>' || to_region || ':' || reason from org.school_move where school_id = :s")
			.param("s", a)
			.query(String.class)
			.list()).containsExactly("469001101>469001100:撤镇并镇：南圣镇并入通什镇");
		Region retired = org.region("469001101").orElseThrow();
		assertThat(retired.retired()).isTrue();
		assertThat(retired.successorCode()).isEqualTo("469001100");
		assertThat(audited("school", String.valueOf(a))).isPositive();
		assertThat(audited("region", "469001101")).isPositive();

		assertThatThrownBy(() -> school("2469001903", "南圣镇新学校", "469001101")).isInstanceOf(BusinessRuleViolation.class)
			.satisfies(ex -> assertThat(((BusinessRuleViolation) ex).fieldErrors()).containsEntry("regionCode",
					"region.retired"));
		List<Region> children = demo.callAs("admin", () -> org.regionsInScope("469001"));
		assertThat(children).filteredOn(Region::retired).extracting(Region::code).containsExactly("469001101");
	}

	@Test
	void mergingACountyRetiresItsTownshipsIntoTheSuccessorSoItsBureauSeesTheirSchools() {
		demo.runAs("admin", () -> regions.loadProvince("460000", true));
		long school = school("2469002901", "嘉积镇测试小学", "469002100");

		Retirement merged = demo.callAs("admin", () -> regions.retire("469002", new RetireRegion("469005", "区划调整测试")));

		assertThat(merged.schoolsMoved()).isEqualTo(1);
		assertThat(merged.regionsRetired()).isEqualTo(demo.callAs("admin", () -> org.regionsInScope("469002")).size())
			.isPositive();
		assertThat(org.findSchool(school).orElseThrow().regionCode()).isEqualTo("469005");
		assertThat(org.region("469002100").orElseThrow().successorCode()).isEqualTo("469005");
	}

	@Test
	void aRegionWithSchoolsIsNotRetiredWithoutASuccessor() {
		demo.runAs("admin", () -> regions.loadProvince("460000", true));
		school("2469006901", "万城镇测试小学", "469006100");
		assertThatThrownBy(() -> demo.runAs("admin", () -> regions.retire("469006100", new RetireRegion(null, "测试"))))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(
				() -> demo.runAs("admin", () -> regions.retire("469006", new RetireRegion("469006100", "并入下级"))))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThat(org.region("469006100").orElseThrow().retired()).isFalse();
	}

	private long school(String code, String name, String region) {
		return demo
			.callAs("admin",
					() -> org.createSchool(
							new SaveSchool(code, name, SchoolType.PRIMARY, region, "", "", false, 300, 0, 20)))
			.id();
	}

	private int audited(String type, String id) {
		return demo.jdbc()
			.sql("select count(*) from audit.entry where entity_type = :t and entity_id = :i")
			.param("t", type)
			.param("i", id)
			.query(Integer.class)
			.single();
	}

}
