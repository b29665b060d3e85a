package cn.xiaoan.security;

import java.util.List;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SaveSchool;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.org.SchoolType;
import cn.xiaoan.people.PeopleManagement;
import cn.xiaoan.people.SaveStaff;
import cn.xiaoan.policy.EffectiveValue;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Guard staffing computed from the effective policy of each school, for schools of many
 * sizes.
 */
@PlatformTest
class StaffingIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	OrgManagement org;

	@Autowired
	PeopleManagement people;

	@Autowired
	SecurityManagement security;

	@Autowired
	PolicyManagement policy;

	@Autowired
	MockMvc mvc;

	private long school(String code, String region, int students, int staff, boolean boarding, int boarders,
			int fullTimeGuards, int partTimeGuards) {
		return demo.callAs("admin", () -> {
			long id = org
				.createSchool(new SaveSchool(code, "规模测试学校" + code, SchoolType.NINE_YEAR, region, "", "", boarding,
						students, boarders, staff))
				.id();
			for (int i = 0; i < fullTimeGuards + partTimeGuards; i++) {
				people.createStaff(id, new SaveStaff("保安" + i, "M", "", "GUARD", i < fullTimeGuards, ""));
			}
			// The teachers of N = teachers + students are registered staff with a
			// teaching post.
			demo.jdbc()
				.sql("insert into people.staff (school_id, region_code, name, post_code) "
						+ "select :s, :r, '教师' || g, 'TEACHER' from generate_series(1, :n) g")
				.param("s", id)
				.param("r", region)
				.param("n", staff)
				.update();
			security.recordFacilities(id, new Facilities(true, true, true, true, true, 30, null, null));
			return id;
		});
	}

	@Test
	void requiredGuardsFollowSizeAndBoardingForSchoolsOfManySizes() {
		record Case(String code, int students, int staff, boolean boarding, int boarders, int guards, int required,
				boolean compliant) {
		}
		List<Case> cases = List.of(new Case("2450481901", 80, 10, false, 0, 1, 1, true),
				new Case("2450481902", 90, 10, false, 0, 1, 2, false), // N = 100 needs 2
				new Case("2450481903", 940, 60, false, 0, 2, 2, true), // N = 1000 still 2
				new Case("2450481904", 941, 60, false, 0, 2, 3, false), // N = 1001 needs
																		// 3
				new Case("2450481905", 2800, 200, false, 0, 6, 6, true), // N = 3000 → 2 +
																			// 4
				new Case("2450481906", 400, 20, true, 301, 2, 3, false), // boarding rule
																			// decides
				new Case("2450481907", 60, 8, true, 40, 2, 2, true)); // tiny boarding
																		// school needs 2
		for (Case c : cases) {
			long id = school(c.code(), "450481", c.students(), c.staff(), c.boarding(), c.boarders(), c.guards(), 1);
			StaffingStatus status = demo.callAs("cx_safety", () -> security.status(id));
			assertThat(status.requirement().required()).as(c.code()).isEqualTo(c.required());
			assertThat(status.fullTimeGuards()).as(c.code()).isEqualTo(c.guards());
			assertThat(status.compliant()).as(c.code()).isEqualTo(c.compliant());
		}
	}

	@Test
	void aCityOverrideAppliesToItsCountiesSchoolsAndShowsWhereItComesFrom() throws Exception {
		long id = school("2450405901", "450405", 1400, 100, false, 0, 3, 0);
		assertThat(demo.callAs("cz_safety", () -> security.status(id)).compliant()).isTrue();
		demo.runAs("wz_admin",
				() -> policy.override(PolicySetting.GUARD_EXTRA_PER_PEOPLE, "450400", "200", "梧州市中小学幼儿园安全防范工作规范（测试）"));
		try {
			StaffingStatus stricter = demo.callAs("cz_safety", () -> security.status(id));
			assertThat(stricter.requirement().required()).isEqualTo(2 + 3); // 500 beyond
																			// 1000 in
																			// blocks of
																			// 200
			assertThat(stricter.compliant()).isFalse();
			EffectiveValue effective = demo.callAs("cz_safety", () -> policy.effectiveForSchool(id))
				.stream()
				.filter(v -> v.setting() == PolicySetting.GUARD_EXTRA_PER_PEOPLE)
				.findFirst()
				.orElseThrow();
			assertThat(effective.sourceRegion()).isEqualTo("450400");
			assertThat(effective.setBy()).isEqualTo("wz_admin");
			assertThat(effective.legalBasis()).contains("梧州市");
			// a county below overrides the city again
			demo.runAs("cz_admin",
					() -> policy.override(PolicySetting.GUARD_EXTRA_PER_PEOPLE, "450405", "400", "长洲区补充规定（测试）"));
			assertThat(demo.callAs("cz_safety", () -> security.status(id)).requirement().required()).isEqualTo(4);
			mvc.perform(get("/api/v1/schools/{id}/guard-staffing", id).with(demo.as("cz_safety")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.required").value(4))
				.andExpect(jsonPath("$.fullTimeGuards").value(3))
				.andExpect(jsonPath("$.compliant").value(false))
				.andExpect(jsonPath("$.rule.extraPer").value(400));
		}
		finally {
			demo.runAs("cz_admin", () -> policy.removeOverride(PolicySetting.GUARD_EXTRA_PER_PEOPLE, "450405"));
			demo.runAs("wz_admin", () -> policy.removeOverride(PolicySetting.GUARD_EXTRA_PER_PEOPLE, "450400"));
		}
		assertThat(demo.callAs("cz_safety", () -> security.status(id)).compliant()).isTrue();
		assertThat(demo.jdbc()
			.sql("select count(*) from audit.entry where entity_type = 'policy'")
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void partTimeGuardsDoNotCountWhileFullTimeGuardsAreRequired() {
		long id = school("2450421901", "450421", 300, 30, false, 0, 0, 3);
		StaffingStatus status = demo.callAs("cw_safety", () -> security.status(id));
		assertThat(status.fullTimeGuards()).isZero();
		assertThat(status.partTimeGuards()).isEqualTo(3);
		assertThat(status.shortfalls()).contains("security.shortfall.guards");
	}

	@Test
	void theShortfallListExportsToARealWorkbook() throws Exception {
		byte[] xlsx = mvc.perform(get("/security/staffing/export").with(demo.as("wz_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx));
				var rows = workbook.getFirstSheet().openStream()) {
			List<org.dhatim.fastexcel.reader.Row> all = rows.toList();
			assertThat(all.get(0).getCellText(1)).isEqualTo("学校名称");
			int expected = demo.callAs("wz_safety", () -> security.statuses(SchoolQuery.all(), true, "missing").size());
			assertThat(all).hasSize(expected + 1);
		}
	}

	@Test
	void eachHundredPercentFigureCountsTheSchoolsMeetingItAndListsThoseFailingIt() throws Exception {
		List<HundredPercent.Rate> rates = demo.callAs("wz_safety", () -> security.hundredPercent(SchoolQuery.all()));
		assertThat(rates).extracting(HundredPercent.Rate::requirement).containsExactly(HundredPercent.values());
		List<StaffingStatus> all = demo.callAs("wz_safety", () -> security.statuses(SchoolQuery.all(), false, ""));
		for (HundredPercent.Rate rate : rates) {
			List<StaffingStatus> failing = demo.callAs("wz_safety",
					() -> security.statuses(SchoolQuery.all(), false, rate.requirement(), ""));
			assertThat(rate.schools()).isEqualTo(all.size());
			assertThat(failing).as(rate.requirement().name()).hasSize(rate.failing());
			assertThat(rate.percent()).isEqualTo(Math.round(1000.0 * rate.met() / rate.schools()) / 10.0);
		}
		assertThat(rates).allSatisfy(r -> assertThat(r.failing()).as(r.requirement().name()).isPositive());
		mvc.perform(get("/api/v1/security/hundred-percent").with(demo.as("wz_safety")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[2].label").value("一键报警和视频监控联网率"))
			.andExpect(jsonPath("$[2].failingSchools").value(containsString("failing=ALARM_AND_VIDEO")))
			.andExpect(jsonPath("$[2].failing").value(rates.get(2).failing()));
		mvc.perform(get("/security/staffing").with(demo.as("wz_safety")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("failing=CLOSED_MANAGEMENT")));
		mvc.perform(get("/api/v1/security/hundred-percent").with(demo.as("student"))).andExpect(status().isForbidden());
	}

	@Test
	void theBureauListHoldsExactlyTheShortSchoolsOfItsScope() {
		List<StaffingStatus> shortList = demo.callAs("wz_safety",
				() -> security.statuses(SchoolQuery.all(), true, "missing"));
		assertThat(shortList).isNotEmpty().allSatisfy(s -> {
			assertThat(s.compliant()).isFalse();
			assertThat(s.school().regionCode()).startsWith("4504");
		});
		for (int i = 1; i < shortList.size(); i++) {
			assertThat(shortList.get(i - 1).missingGuards()).isGreaterThanOrEqualTo(shortList.get(i).missingGuards());
		}
	}

	@Test
	void nIsTeachersAndStudentsSoNonTeachingStaffDoNotCount() {
		long id = school("2450421911", "450421", 95, 0, false, 0, 1, 0);
		demo.runAs("admin", () -> {
			for (String post : List.of("TEACHER", "TEACHER", "HEAD_TEACHER", "PRINCIPAL")) {
				people.createStaff(id, new SaveStaff("教师" + post, "F", "", post, true, ""));
			}
			for (String post : List.of("CANTEEN", "CANTEEN", "DOCTOR", "DORMITORY", "BUS_DRIVER", "LOGISTICS")) {
				people.createStaff(id, new SaveStaff("职工" + post, "M", "", post, true, ""));
			}
		});
		StaffingStatus status = demo.callAs("cw_safety", () -> security.status(id));
		assertThat(status.teachersAndStudents()).as("95 students and 4 teachers; guards, canteen, doctor… not")
			.isEqualTo(99);
		assertThat(status.requirement().required()).isEqualTo(1);
	}

	@Test
	void theAlarmAndTheVideoMustBeConnectedToThePolice() {
		long id = school("2450421912", "450421", 300, 30, false, 0, 2, 0);
		demo.runAs("admin",
				() -> security.recordFacilities(id, new Facilities(true, true, true, true, false, 30, null, null)));
		StaffingStatus status = demo.callAs("cw_safety", () -> security.status(id));
		assertThat(status.shortfalls()).containsExactly("security.shortfall.policeLink");
		assertThat(status.compliant()).isFalse();
	}

}
