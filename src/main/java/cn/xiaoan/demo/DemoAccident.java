package cn.xiaoan.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import cn.xiaoan.accident.AccidentKind;
import cn.xiaoan.accident.AccidentReplay;
import cn.xiaoan.accident.Injury;
import cn.xiaoan.accident.PersonKind;
import cn.xiaoan.accident.ReportAccident;
import cn.xiaoan.accident.Responsibility;
import cn.xiaoan.accident.Severity;
import cn.xiaoan.people.bulk.PeopleBulkLoad;
import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Four accidents of 梧州 this school year, played through the accident module at the times
 * they happened: a serious stampede in 万秀 sent on to the city and the province on time; a
 * drowning in 岑溪 over the National Day holiday with 校闹 handled by the police; a dormitory
 * fall at the demo school whose 校方责任险 claim was paid and which is closed; and a PE injury
 * at the demo school reported a day late.
 */
@Component
class DemoAccident {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final AccidentReplay replay;

	private final PeopleBulkLoad people;

	DemoAccident(AccidentReplay replay, PeopleBulkLoad people) {
		this.replay = replay;
		this.people = people;
	}

	void seed(List<DemoSchool> schools, DemoSchool demo, LocalDate today) {
		try {
			LocalDate yearStart = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9,
					1);
			DemoSchool wanxiu = in(schools, "450403", demo);
			DemoSchool cenxi = in(schools, "450481", demo);
			stampede(wanxiu, day(yearStart, today, 17, 70));
			drowning(cenxi, day(yearStart, today, 34, 56));
			dormitoryFall(demo, day(yearStart, today, 56, 34));
			lateInjury(demo, day(yearStart, today, 72, 12));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * 踩踏 at a primary school: 11 pupils seriously hurt, so 较大 — up to the province in 2
	 * h.
	 */
	private void stampede(DemoSchool school, LocalDateTime at) {
		act(school, "韦丽萍", Role.PRINCIPAL);
		List<ReportAccident.Victim> hurt = new java.util.ArrayList<>();
		String[] surnames = { "黄", "李", "覃", "梁", "陈", "莫", "蒙", "韦", "邓", "潘", "钟", "卢" };
		for (int i = 0; i < surnames.length; i++) {
			hurt.add(new ReportAccident.Victim(PersonKind.STUDENT, null, surnames[i], i < 7 ? "二年级" : "三年级", 8 + i % 2,
					i < 11 ? Injury.SERIOUS : Injury.MINOR));
		}
		long id = replay
			.report(new ReportAccident(school.id, at, "教学楼西侧楼梯一至二楼转角", AccidentKind.STAMPEDE, Severity.LARGER,
					"放学铃响后二、三年级学生集中下楼，一名学生在楼梯转角摔倒，后方学生推挤造成踩踏。", "值班教师立即阻断人流，拨打120，12名学生送梧州市红十字会医院救治；楼梯封闭，逐班清点人数。",
					at.plusMinutes(25), true, true, hurt), instant(at.plusMinutes(40)))
			.id();
		bureau("450403", "梁振华");
		replay.forward(id, instant(at.plusMinutes(70)));
		bureau("450400", "周海燕");
		replay.forward(id, instant(at.plusMinutes(105)));
		bureau("450000", "陆志远");
		replay.receive(id, instant(at.plusMinutes(118)));
	}

	/** 溺水 during the holiday: one junior pupil died; the family gathered at the gate. */
	private void drowning(DemoSchool school, LocalDateTime at) {
		act(school, "何建新", Role.SCHOOL_SAFETY_OFFICER);
		long id = replay
			.report(new ReportAccident(school.id, at, "岑城镇义昌江河段（未设防护的野泳点）", AccidentKind.DROWNING, Severity.GENERAL,
					"国庆假期，一名七年级学生与同伴结伴到义昌江野泳，不慎溺水，经打捞送医抢救无效死亡。", "学校接报后派员赶赴现场并协助家属处理善后；次日全校开展防溺水专题教育，向家长重发“四知”告知书。",
					at.plusHours(2), true, true,
					List.of(new ReportAccident.Victim(PersonKind.STUDENT, null, "蒙", "七年级", 13, Injury.DEATH))),
					instant(at.plusHours(5)))
			.id();
		replay.disruption(id, "死者部分亲属聚集校门、拉横幅阻碍放学，学校报警，岑溪市公安局城中派出所到场劝离，依法告知诉求途径，未发生冲突。");
		bureau("450481", "黎国平");
		replay.forward(id, instant(at.plusHours(9)));
		bureau("450400", "周海燕");
		replay.receive(id, instant(at.plusHours(11)));
	}

	/** A fall in the dormitory: claim reported, assessed, paid; shared fault; closed. */
	private void dormitoryFall(DemoSchool school, LocalDateTime at) {
		act(school, "覃志刚", Role.SCHOOL_SAFETY_OFFICER);
		long student = people.studentIdByNo(school.students.get(Math.min(5, school.students.size() - 1)).studentNo());
		long id = replay
			.report(new ReportAccident(school.id, at, "男生宿舍3号楼二楼盥洗室", AccidentKind.CAMPUS_INJURY, Severity.GENERAL,
					"晚自习后学生在盥洗室地面积水处滑倒，头部撞到洗手台，额部裂伤并轻微脑震荡。", "宿管员现场止血，校医处置后由班主任陪同送藤县人民医院，缝合并留院观察两天。",
					at.plusMinutes(40), false, true,
					List.of(new ReportAccident.Victim(PersonKind.STUDENT, student, "", "", null, Injury.MINOR))),
					instant(at.plusHours(3)))
			.id();
		long victim = replay.victimIds(id).get(0);
		long claim = replay.claim(id, victim, "中国人民财产保险股份有限公司梧州市分公司", "PZEA2026450400000318", at.plusHours(6),
				new BigDecimal("26800.00"), instant(at.plusHours(6)));
		bureau("450422", "罗文斌");
		replay.forward(id, instant(at.plusHours(8)));
		bureau("450400", "周海燕");
		replay.receive(id, instant(at.plusHours(20)));
		act(school, "覃志刚", Role.SCHOOL_SAFETY_OFFICER);
		replay.advanceClaim(id, claim, null, instant(at.plusDays(5)));
		replay.advanceClaim(id, claim, new BigDecimal("24360.00"), instant(at.plusDays(15)));
		replay.determine(id, Responsibility.SHARED,
				"盥洗室地面积水未及时清理、防滑垫缺失，学校未尽管理职责；学生奔跑打闹亦有过错。依《学生伤害事故处理办法》第九条、第十条认定学校承担部分责任。");
		replay.mediation(id, at.toLocalDate().plusDays(12), "学校、学生家长、藤县教育局法制股",
				"家长认可责任认定，医疗费、护理费由校方责任险赔付，学校另行承担交通费，双方签订调解协议。");
		replay.close(id, "学生已康复返校；保险赔付24,360元到位；宿舍盥洗室加装防滑地垫和扶手，宿管员每晚巡查积水。", instant(at.plusDays(18)));
	}

	/** A PE injury reported the next afternoon: the school's report is recorded late. */
	private void lateInjury(DemoSchool school, LocalDateTime at) {
		act(school, "覃志刚", Role.SCHOOL_SAFETY_OFFICER);
		long id = replay
			.report(new ReportAccident(school.id, at, "学校田径场单杠区", AccidentKind.CAMPUS_INJURY, Severity.GENERAL,
					"体育课单杠练习时一名学生手滑坠落，左前臂着地骨折。", "体育教师现场固定伤肢，校医陪同送医；暂停单杠项目，检查器械及保护垫。", at.plusHours(1), false, true,
					List.of(new ReportAccident.Victim(PersonKind.STUDENT, null, "罗", "高一年级", 15, Injury.MINOR))),
					instant(at.plusHours(30)))
			.id();
		bureau("450422", "罗文斌");
		replay.forward(id, instant(at.plusHours(31)));
	}

	private static LocalDateTime day(LocalDate yearStart, LocalDate today, int afterStart, int beforeToday) {
		LocalDate day = yearStart.plusDays(afterStart);
		// early in a school year the story reaches back into the last one
		LocalDate latest = today.minusDays(beforeToday);
		return (day.isAfter(latest) ? latest : day).atTime(16, 35);
	}

	private static Instant instant(LocalDateTime at) {
		return at.atZone(BEIJING).toInstant();
	}

	private static DemoSchool in(List<DemoSchool> schools, String county, DemoSchool fallback) {
		return schools.stream().filter(s -> s.school.regionCode().startsWith(county)).findFirst().orElse(fallback);
	}

	private static void act(DemoSchool school, String name, Role role) {
		set(new CurrentUser(0, "demo", name, role, DataScope.school(school.id, school.school.regionCode()), null,
				false));
	}

	private static void bureau(String region, String name) {
		set(new CurrentUser(0, "demo", name, Role.BUREAU_SAFETY_OFFICER, DataScope.region(RegionCode.of(region)), null,
				false));
	}

	private static void set(CurrentUser user) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(user));
		SecurityContextHolder.setContext(context);
	}

}
