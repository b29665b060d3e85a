package cn.xiaoan.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import cn.xiaoan.people.SchoolColleague;
import cn.xiaoan.people.SchoolColleagues;
import cn.xiaoan.people.bulk.PeopleBulkLoad;
import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.schoolbus.Fleet;
import cn.xiaoan.schoolbus.Permits;
import cn.xiaoan.schoolbus.PlanRoute;
import cn.xiaoan.schoolbus.RegisterDriver;
import cn.xiaoan.schoolbus.RegisterVehicle;
import cn.xiaoan.schoolbus.Routes;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * School buses in the demo, through the schoolbus module's API as the demo school of 藤县
 * would register them: three buses (one with its inspection overdue), three drivers (one
 * aged 61, one whose licence lapses within the week), the demo teacher as escort, a
 * morning route with students of the head teacher's class, and a permit application the
 * county has forwarded to police traffic and transport. The county's transport department
 * and police traffic brigade get partner accounts shown school buses.
 */
@Component
class DemoSchoolBus {

	private final Fleet fleet;

	private final Routes routes;

	private final Permits permits;

	private final SchoolColleagues colleagues;

	private final PeopleBulkLoad people;

	DemoSchoolBus(Fleet fleet, Routes routes, Permits permits, SchoolColleagues colleagues, PeopleBulkLoad people) {
		this.fleet = fleet;
		this.routes = routes;
		this.permits = permits;
		this.colleagues = colleagues;
		this.people = people;
	}

	void seed(DemoSchool demo, String passwordHash, LocalDate today) {
		String kinds = "SCHOOL_BASIC,SCHOOL_BUSES";
		people.partnerAccount("transport", "藤县交通运输局校车管理员", Role.TRANSPORT_LIAISON, "450422", passwordHash, kinds);
		people.partnerAccount("traffic_police", "藤县公安局交警大队", Role.POLICE_LIAISON, "450422", passwordHash, kinds);
		String region = demo.school.regionCode();
		try {
			act(new CurrentUser(0, "system", "demo", Role.PRINCIPAL, DataScope.school(demo.id, region), null, false));
			long bus1 = fleet
				.registerVehicle(new RegisterVehicle(demo.id, "桂D·X2601", "藤县顺安校车服务有限公司", "宇通ZK6609DX", 35, "桂D校车2601",
						today.plusMonths(10), today.plusMonths(4), "PDAA2026450422001", today.plusMonths(8), true));
			long bus2 = fleet.registerVehicle(new RegisterVehicle(demo.id, "桂D·X2602", "藤县顺安校车服务有限公司", "宇通ZK6579DX", 19,
					"", null, today.plusMonths(5), "PDAA2026450422002", today.plusDays(20), true));
			fleet.registerVehicle(new RegisterVehicle(demo.id, "桂D·X2603", "藤县顺安校车服务有限公司", "金龙XMQ6660", 29, "桂D校车2603",
					today.plusMonths(6), today.minusDays(3), "PDAA2026450422003", today.plusMonths(3), true));
			long fit = fleet.registerDriver(new RegisterDriver(demo.id, "黄志强", "450422197903150031",
					today.minusYears(47), "A3", today.minusYears(18), today.plusYears(4), false, false, false, false,
					true, today.minusMonths(2)));
			fleet.registerDriver(new RegisterDriver(demo.id, "李国华", "450422196410020057",
					today.minusYears(61).minusDays(40), "A3", today.minusYears(30), today.plusYears(2), false, false,
					false, false, true, today.minusMonths(5)));
			fleet.registerDriver(new RegisterDriver(demo.id, "陈建明", "450422198207110013", today.minusYears(44), "A3",
					today.minusYears(12), today.plusDays(5), false, false, false, false, true, today.minusMonths(7)));
			List<SchoolColleague> staff = colleagues.of(demo.id);
			long firstClass = demo.classIds.get(0);
			SchoolColleague teacher = staff.stream()
				.filter(s -> s.postCode().equals("TEACHER") && s.classIds().containsAll(demo.classIds.subList(0, 2)))
				.findFirst()
				.orElse(staff.get(0));
			long escort = fleet.nameEscort(demo.id, teacher.staffId());
			List<Long> riders = fleetRiders(demo, firstClass);
			routes.plan(new PlanRoute(demo.id, "城东线（早班）", "城东村委 → 东胜路口 → 藤州大桥 → 学校", LocalTime.of(7, 0), bus1, fit,
					escort, riders));
			long permit = permits.apply(bus2, "藤县顺安校车服务有限公司");
			act(new CurrentUser(0, "system", "demo", Role.BUREAU_SAFETY_OFFICER,
					DataScope.region(RegionCode.of("450422")), null, false));
			permits.forward(permit);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** The first students of the head teacher's class, by the demo's own list. */
	private List<Long> fleetRiders(DemoSchool demo, long classId) {
		return demo.students.stream()
			.filter(s -> s.classId() == classId)
			.limit(8)
			.map(s -> people.studentIdByNo(s.studentNo()))
			.toList();
	}

	private static void act(CurrentUser user) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(user));
		SecurityContextHolder.setContext(context);
	}

}
