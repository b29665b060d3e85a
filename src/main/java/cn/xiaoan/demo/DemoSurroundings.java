package cn.xiaoan.demo;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.people.bulk.PeopleBulkLoad;
import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.platform.DatabaseMode;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;
import cn.xiaoan.surroundings.GuardPostManagement;
import cn.xiaoan.surroundings.GuardSlot;
import cn.xiaoan.surroundings.PlanPost;
import cn.xiaoan.surroundings.RecordCheckIn;
import cn.xiaoan.surroundings.RegisterVenue;
import cn.xiaoan.surroundings.SurroundingsManagement;
import cn.xiaoan.surroundings.VenueKind;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * 藤县's campus surroundings, through the surroundings module's API: the demo school's
 * gate, an unlicensed internet cafe 130 m from it (flagged, with market supervision), a
 * lottery outlet 490 m away (outside the zone), a traffic black spot at the school
 * crossing (with transport), and the school's morning and afternoon guard posts with a
 * check-in. The county's market supervision bureau gets a partner account shown the
 * surroundings.
 */
@Component
class DemoSurroundings {

	private final SurroundingsManagement register;

	private final GuardPostManagement posts;

	private final OrgManagement org;

	private final PeopleBulkLoad people;

	private final DatabaseMode mode;

	DemoSurroundings(SurroundingsManagement register, GuardPostManagement posts, OrgManagement org,
			PeopleBulkLoad people, DatabaseMode mode) {
		this.register = register;
		this.posts = posts;
		this.org = org;
		this.people = people;
		this.mode = mode;
	}

	void seed(long demoSchool, String passwordHash) {
		if (!mode.demoEnabled()) {
			return;
		}
		people.partnerAccount("market", "藤县市场监督管理局", Role.MARKET_SUPERVISION_LIAISON, "450422", passwordHash,
				"SCHOOL_BASIC,SURROUNDINGS");
		try {
			act(new CurrentUser(0, "system", "藤县教育局安全股", Role.BUREAU_SAFETY_OFFICER,
					DataScope.region(RegionCode.of("450422")), null, false));
			register.setPosition(demoSchool, 110.9265, 23.3780);
			register.register(new RegisterVenue(demoSchool, VenueKind.INTERNET_CAFE, "极速网咖（无证）", "藤州镇东胜路18号", 110.9275,
					23.3787, null, "学生放学后常有人进出，未见经营许可证。"));
			register.register(new RegisterVenue(demoSchool, VenueKind.LOTTERY, "福彩投注站", "藤州镇解放路66号", 110.9300, 23.3810,
					null, ""));
			register.register(new RegisterVenue(demoSchool, VenueKind.TRAFFIC, "校门口无信号灯路口", "东胜路与学校路交叉口", 110.9267,
					23.3776, null, "上下学高峰车辆多，缺少人行横道和减速带。"));
			String region = org.findSchool(demoSchool).orElseThrow().regionCode();
			act(new CurrentUser(0, "system", "校长", Role.PRINCIPAL, DataScope.school(demoSchool, region), null, false));
			long morning = posts.plan(new PlanPost(demoSchool, "校门口护学岗", "正门东侧", GuardSlot.MORNING, "12345",
					LocalTime.of(7, 20), LocalTime.of(8, 0), 1, 2, 1, "城东派出所民警1名、值周教师2名、家长志愿者1名"));
			posts.plan(new PlanPost(demoSchool, "校门口护学岗", "正门东侧", GuardSlot.AFTERNOON, "12345", LocalTime.of(16, 30),
					LocalTime.of(17, 20), 1, 2, 2, "城东派出所民警1名、值周教师2名、家长志愿者2名"));
			posts.checkIn(new RecordCheckIn(UUID.randomUUID(), morning,
					LocalDateTime.now(DemoHazards.BEIJING).minusMinutes(5).withNano(0), 23.3781, 110.9266, 15, "已到岗"),
					null);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void act(CurrentUser user) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(user));
		SecurityContextHolder.setContext(context);
	}

}
