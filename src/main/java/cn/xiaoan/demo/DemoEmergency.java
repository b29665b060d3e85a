package cn.xiaoan.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.xiaoan.emergency.DrillManagement;
import cn.xiaoan.emergency.DrillRow;
import cn.xiaoan.emergency.PlanKind;
import cn.xiaoan.emergency.PlanManagement;
import cn.xiaoan.emergency.PlanMember;
import cn.xiaoan.emergency.PlanRow;
import cn.xiaoan.emergency.PlanView;
import cn.xiaoan.emergency.RecordDrill;
import cn.xiaoan.emergency.SavePlan;
import cn.xiaoan.org.SchoolType;
import cn.xiaoan.people.StaffView;
import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Role;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Emergency plans and drills through the emergency module's API: the demo school's plan
 * set from the templates with its staff named, filed, accepted by 藤县's bureau but one
 * returned with comments; monthly drills this school year with one over time; the other
 * schools of 梧州 drilling as often as most schools do, some not yet this month. The demo
 * school has not drilled this month (its 待办 asks for it).
 */
@Component
class DemoEmergency {

	private static final List<PlanKind> DEMO_PLANS = List.of(PlanKind.GENERAL, PlanKind.FIRE, PlanKind.EARTHQUAKE,
			PlanKind.FLOOD_TYPHOON, PlanKind.STAMPEDE, PlanKind.FOOD_POISONING, PlanKind.DROWNING, PlanKind.INTRUDER);

	private static final List<String> SCENARIOS = List.of("火灾应急疏散演练", "地震应急避险疏散演练", "防踩踏疏散演练", "防汛防台风转移演练",
			"防范不法侵害应急演练", "消防逃生演练");

	private static final List<String> PROBLEMS = List.of("三楼东侧楼梯应急照明不亮", "部分班级疏散时未用湿毛巾捂住口鼻", "二号楼北侧安全出口被杂物部分遮挡",
			"疏散广播在操场西侧听不清", "个别学生返回教室取物");

	private final PlanManagement plans;

	private final DrillManagement drills;

	DemoEmergency(PlanManagement plans, DrillManagement drills) {
		this.plans = plans;
		this.drills = drills;
	}

	void seed(List<DemoSchool> schools, DemoSchool demo, LocalDate today) {
		Random random = new Random(20261204L);
		try {
			as("学校安全办");
			planSet(demo, today);
			if (today.plusDays(3).getMonth() == today.getMonth()) {
				drills.record(new RecordDrill(demo.id, today.plusDays(3), "火灾应急疏散演练", null, "高一、高二全体班级", 1200, 4, null,
						null, "", List.of()));
			}
			for (DemoSchool school : schools) {
				if (school.school.regionCode().startsWith("4504")) {
					drills(school, school == demo, today, random);
				}
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void planSet(DemoSchool demo, LocalDate today) {
		List<StaffView> staff = plans.staff(demo.id);
		List<Long> filed = new ArrayList<>();
		for (PlanKind kind : DEMO_PLANS) {
			PlanRow plan = plans.start(demo.id, kind);
			PlanView view = plans.plan(plan.id(), null);
			List<String> roles = new ArrayList<>();
			List<String> ids = new ArrayList<>();
			List<String> duties = new ArrayList<>();
			int i = 0;
			for (PlanMember m : view.members()) {
				roles.add(m.roleName());
				ids.add(staff.isEmpty() ? "" : String.valueOf(staff.get(i++ % staff.size()).id()));
				duties.add(m.duties());
			}
			List<String> names = new ArrayList<>(view.contacts().stream().map(c -> c.name()).toList());
			List<String> phones = new ArrayList<>(view.contacts().stream().map(c -> c.phone()).toList());
			names.addAll(List.of("学校值班室", "藤县教育局安全股", "藤州镇派出所"));
			phones.addAll(List.of("0774-7288110", "0774-7282110", "0774-7221110"));
			plans.save(plan.id(),
					new SavePlan(view.plan().title(), view.procedures(), "结合本校实际修订，指定应急组织人员", roles, ids, duties, names,
							phones, List.of("教学楼东梯疏散路线", "教学楼西梯疏散路线"),
							List.of("23,18 23,33 45,45 52,58", "10,18 10,33 30,50 45,60")));
			plans.file(plan.id());
			filed.add(plan.id());
		}
		as("藤县教育局安全股");
		for (Long id : filed) {
			if (id.equals(filed.get(5))) {
				plans.returnWith(id, "未明确食品留样封存的责任人，请补充食品封存组人员并写明向市场监管部门报告的时限（2小时内）。");
			}
			else if (!id.equals(filed.get(7))) {
				plans.accept(id);
			}
		}
		as("学校安全办");
	}

	private void drills(DemoSchool school, boolean demo, LocalDate today, Random random) {
		LocalDate start = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
		boolean kindergarten = school.school.type() == SchoolType.KINDERGARTEN;
		int storeys = kindergarten ? 2 : 3 + random.nextInt(3);
		int people = Math.max(30, school.school.studentCount());
		int index = 0;
		for (LocalDate month = start; !month.isAfter(today); month = month.plusMonths(1), index++) {
			boolean thisMonth = month.getYear() == today.getYear() && month.getMonth() == today.getMonth();
			// kindergartens drill in the middle month of each quarter; the demo school
			// and a
			// third of the others have not drilled this month yet
			if (kindergarten && month.getMonthValue() % 3 != 2 || thisMonth && (demo || random.nextInt(3) == 0)) {
				continue;
			}
			LocalDate day = month.withDayOfMonth(Math.min(month.lengthOfMonth(), 8 + random.nextInt(15)));
			if (day.isAfter(today)) {
				day = today;
			}
			int seconds = demo && index == 1 ? 190 : 75 + random.nextInt(storeys <= 4 ? 50 : 110);
			String scenario = SCENARIOS.get((index + (int) (school.id % 3)) % SCENARIOS.size());
			List<String> problems = demo || random.nextInt(4) == 0
					? List.of(PROBLEMS.get((index + (int) school.id) % PROBLEMS.size())) : List.of();
			DrillRow drill = drills.record(new RecordDrill(school.id, day, scenario, null, "全校各班",
					people * (90 + random.nextInt(10)) / 100, demo ? 4 : storeys, seconds / 60, seconds % 60,
					seconds > 120 ? "疏散用时超过2分钟：东侧楼梯拥堵，需调整各班疏散顺序并增加楼梯口引导教师" : "疏散有序，各班按路线到达操场集合点，清点人数无误", problems));
			if (demo && index == 1) {
				drills.openHazard(drill.id(), drills.drill(drill.id()).problems().get(0).id());
			}
		}
	}

	private static void as(String name) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(
				new CurrentUser(0, "system", name, Role.SYSTEM_ADMIN, DataScope.all(), null, false)));
		SecurityContextHolder.setContext(context);
	}

}
