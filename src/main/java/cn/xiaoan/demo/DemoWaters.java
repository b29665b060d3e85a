package cn.xiaoan.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.people.PeopleManagement;
import cn.xiaoan.people.StaffView;
import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.platform.DatabaseMode;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;
import cn.xiaoan.waters.Finding;
import cn.xiaoan.waters.NearbySchool;
import cn.xiaoan.waters.PatrolManagement;
import cn.xiaoan.waters.PatrolPeriod;
import cn.xiaoan.waters.RecordPatrol;
import cn.xiaoan.waters.RecordTraining;
import cn.xiaoan.waters.RegisterWater;
import cn.xiaoan.waters.RescueTrainingManagement;
import cn.xiaoan.waters.TrainingKind;
import cn.xiaoan.waters.ScheduleCommand;
import cn.xiaoan.waters.SetPatrolDate;
import cn.xiaoan.waters.WaterKind;
import cn.xiaoan.waters.WaterRisk;
import cn.xiaoan.waters.WatersManagement;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * 藤县's key waters, through the waters module's API as 藤州镇 keeps them: 西江 (浔江) 藤县段 and 北流河
 * through the county town, a reservoir and two ponds near the demo school, a holiday
 * patrol schedule the demo school's staff take part in, and patrols of the last days —
 * one found children swimming in 北流河.
 */
@Component
class DemoWaters {

	private final WatersManagement waters;

	private final PatrolManagement patrols;

	private final OrgManagement org;

	private final DatabaseMode mode;

	private final RescueTrainingManagement trainings;

	private final PeopleManagement people;

	DemoWaters(WatersManagement waters, PatrolManagement patrols, OrgManagement org, DatabaseMode mode,
			RescueTrainingManagement trainings, PeopleManagement people) {
		this.trainings = trainings;
		this.people = people;
		this.waters = waters;
		this.patrols = patrols;
		this.org = org;
		this.mode = mode;
	}

	void seed(long demoSchool) {
		if (!mode.demoEnabled()) {
			return;
		}
		try {
			as(new CurrentUser(0, "system", "系统", Role.SYSTEM_ADMIN, DataScope.all(), null, false));
			String region = org.findSchool(demoSchool).orElseThrow().regionCode();
			String township = region.length() == 9 ? region : "450422100";
			as(new CurrentUser(0, "tzz_safety", "藤州镇安全专干", Role.BUREAU_SAFETY_OFFICER,
					DataScope.region(RegionCode.of(township)), null, false));
			boolean near = region.startsWith(township);
			List<NearbySchool> school = near ? List.of(new NearbySchool(demoSchool, 800, 110.9265, 23.3780))
					: List.of();
			long xijiang = waters
				.register(new RegisterWater(township, "西江（浔江）藤县段", WaterKind.RIVER, WaterRisk.HIGH,
						"110.860,23.392 110.900,23.381 110.925,23.372 110.960,23.370 111.000,23.381 111.000,23.376 "
								+ "110.960,23.364 110.925,23.366 110.900,23.375 110.860,23.386",
						"藤州镇人民政府", "黄志强", "0774-7221110", 12, "救生圈6个、救生杆3根、救生绳4条", school))
				.id();
			long beiliu = waters
				.register(new RegisterWater(township, "北流河藤州镇段", WaterKind.RIVER, WaterRisk.HIGH,
						"110.920,23.371 110.926,23.371 110.931,23.352 110.936,23.330 110.930,23.330 110.925,23.352",
						"藤州镇城东社区居委会", "李秀梅", "0774-7223355", 6, "救生圈3个、救生杆2根", school))
				.id();
			waters.register(new RegisterWater(township, "大坡塘", WaterKind.POND, WaterRisk.MEDIUM,
					"110.9320,23.3840 110.9345,23.3842 110.9348,23.3825 110.9322,23.3822", "城东社区第三村民小组", "陈永福",
					"13907746621", 2, "救生圈1个", school));
			waters.register(new RegisterWater(township, "东山水库", WaterKind.RESERVOIR, WaterRisk.MEDIUM,
					"110.9450,23.3950", "藤县水利局东山水库管理所", "梁国栋", "0774-7281230", 4, "救生圈2个、救生衣4件", school));
			waters.register(new RegisterWater(township, "城东采砂坑", WaterKind.PIT, WaterRisk.HIGH, "110.9405,23.3735",
					"藤州镇自然资源所", "韦家明", "0774-7226018", 1, "", school));
			LocalDate today = LocalDate.now(DemoHazards.BEIJING);
			patrols.setDate(new SetPatrolDate("汛期防溺水重点巡查周", today.minusDays(1), today.plusDays(5)));
			patrols.setDate(new SetPatrolDate("暑假前最后一个周末", today.plusDays(24), today.plusDays(25)));
			patrols.schedule(beiliu, new ScheduleCommand(PatrolPeriod.BUREAU_DATES, today.minusDays(5),
					today.plusDays(40), false, "韦老师、城东社区 陈丽、志愿者 莫小军", near ? demoSchool : null));
			patrols.schedule(xijiang, new ScheduleCommand(PatrolPeriod.WEEKENDS, today.minusDays(5), today.plusDays(90),
					true, "藤州镇综治办 黄志强、滨江社区网格员", null));
			LocalDateTime now = LocalDateTime.now(DemoHazards.BEIJING).withSecond(0).withNano(0);
			patrols.record(new RecordPatrol(UUID.randomUUID(), xijiang, now.minusDays(2).withHour(16), 23.3768,
					110.9351, 12, List.of(), "沿江堤岸巡查，警示牌完好，未见人员下水。"), List.of());
			patrols.record(new RecordPatrol(UUID.randomUUID(), beiliu, now.minusDays(1).withHour(17), 23.3551, 110.9295,
					8, List.of(Finding.CHILDREN_SWIMMING, Finding.BROKEN_SIGN), "北流河沙滩处发现3名少年下水游泳，已劝离并联系家长；一块警示牌被风吹倒。"),
					List.of());
			as(new CurrentUser(0, "system", "系统", Role.SYSTEM_ADMIN, DataScope.all(), null, false));
			trainings(demoSchool, today);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void as(CurrentUser user) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(user));
		SecurityContextHolder.setContext(context);
	}

	/**
	 * The demo school's rescue-skill trainings: a CPR course of the county Red Cross with
	 * a certificate valid two years for a third of the staff, a drowning-rescue course
	 * whose certificates have just expired, and the school doctor's first-aid lesson.
	 */
	private void trainings(long school, LocalDate today) {
		List<Long> staff = people.staff(school, null).stream().map(StaffView::id).toList();
		int third = staff.size() / 3;
		if (third < 2) {
			return;
		}
		trainings.record(new RecordTraining(school, today.minusMonths(2), TrainingKind.RESUSCITATION, "藤县红十字会",
				new java.math.BigDecimal("8"), "TXHSZ-2026-0415", today.plusYears(2).minusMonths(2),
				staff.subList(0, third)), null, null);
		trainings.record(
				new RecordTraining(school, today.minusYears(2), TrainingKind.DROWNING_RESCUE, "藤县消防救援大队",
						new java.math.BigDecimal("4"), null, today.minusDays(10), staff.subList(third, third + 2)),
				null, null);
		trainings.record(new RecordTraining(school, today.minusDays(20), TrainingKind.FIRST_AID, "校医室 覃医生",
				new java.math.BigDecimal("1.5"), null, null, staff.subList(third - 1, third + 1)), null, null);
	}

}
