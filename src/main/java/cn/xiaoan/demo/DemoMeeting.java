package cn.xiaoan.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.xiaoan.meeting.AddDecision;
import cn.xiaoan.meeting.CloseTask;
import cn.xiaoan.meeting.Department;
import cn.xiaoan.meeting.MeetingKind;
import cn.xiaoan.meeting.MeetingManagement;
import cn.xiaoan.meeting.Quarter;
import cn.xiaoan.meeting.RecordMeeting;
import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import static cn.xiaoan.meeting.Department.*;

/**
 * 藤县's joint meetings and the quarterly meetings of several townships this school year,
 * recorded through the meeting module's API as each body would, with decisions done, in
 * progress, overdue and still to do. 藤州镇 met last quarter but not yet this one (the
 * journey records it); most townships of 梧州 have not met this quarter.
 */
@Component
class DemoMeeting {

	private final MeetingManagement meetings;

	DemoMeeting(MeetingManagement meetings) {
		this.meetings = meetings;
	}

	void seed(LocalDate today) {
		Quarter now = Quarter.of(today);
		LocalDate last = now.previous().first();
		LocalDate current = now.first();
		try {
			as("450422", "藤县教育局安全干部");
			long joint = meeting(MeetingKind.JOINT, "藤县学校安全风险防控联席会议（秋季开学）", last.plusDays(65), "县政府三楼会议室", "韦副县长",
					List.of(EDUCATION, PUBLIC_SECURITY, HEALTH, MARKET_SUPERVISION, TRANSPORT, HOUSING,
							EMERGENCY_MANAGEMENT, TOWNSHIP),
					"研判秋季开学学校及周边安全形势；部署校园周边治安、校车、食品安全专项整治。",
					"会议通报了上学期全县学校安全工作情况，分析了开学后校园周边治安、校车接送、食堂食品安全等方面的风险，" + "明确各成员单位按职责分工开展专项整治，每月报送进展。");
			closed(decide(joint, "开展秋季开学校园周边治安专项整治，重点整治上下学时段", PUBLIC_SECURITY, "县公安局治安大队", "police",
					last.plusDays(95)), "已在全县32所中小学校周边设立护学岗，上下学高峰时段警力见警率100%。", "护学岗排班表及巡查记录（县公安局存档）");
			closed(decide(joint, "排查全县校车及接送学生车辆安全状况", TRANSPORT, "覃志刚", "", last.plusDays(80)),
					"排查校车46辆，停运不合格车辆2辆，已全部完成整改复查。", "校车排查台账（交通运输局）");
			started(decide(joint, "开展学校食堂食品安全联合检查", MARKET_SUPERVISION, "县市场监管局 黄海英", "", current.plusDays(50)),
					"已检查食堂21家，尚余11家待检查。");
			long winter = meeting(MeetingKind.JOINT, "藤县学校安全风险防控联席会议（冬季）", day(current.plusDays(48), today),
					"县教育局二楼会议室", "县教育局局长 李志军",
					List.of(EDUCATION, PUBLIC_SECURITY, FIRE_RESCUE, EMERGENCY_MANAGEMENT, WATER),
					"部署冬季防火、防一氧化碳中毒；寒假前防溺水安全教育。", "会议要求各校在寒假前完成冬季消防安全检查和防溺水安全教育“最后一课”。");
			decide(winter, "开展冬季消防安全和防一氧化碳中毒检查", EDUCATION, "藤县第一高级中学 安全办", "safety", today.plusDays(10));
			decide(winter, "寒假前开展防溺水安全教育“最后一课”", EDUCATION, "县教育局安全股", "", today.plusDays(40));
			decide(winter, "重点水域增设警示标志和救生设施", WATER, "县水利局 莫建华", "", today.plusDays(25));

			as("450422100", "藤州镇学校安全工作办公室");
			long tzz = meeting(MeetingKind.TOWNSHIP, "藤州镇第三季度学校安全工作例会", last.plusDays(72), "藤州镇政府会议室", "镇党委副书记 梁永强",
					List.of(TOWNSHIP, EDUCATION, PUBLIC_SECURITY, VILLAGE, SCHOOL), "通报开学安全检查情况；部署周边环境整治。",
					"会议通报了镇内各校开学安全检查情况，要求派出所、各村（社区）配合清理校门口流动摊贩。");
			closed(decide(tzz, "清理镇中心校及周边学校门口流动摊贩", VILLAGE, "城东社区 陈丽", "", last.plusDays(85)), "已清理流动摊贩14处，设置禁停标识。",
					"整治前后照片（镇综治办存档）");
			started(decide(tzz, "汛期后校舍安全复查", SCHOOL, "镇中心校 韦国明", "", current.plusDays(30)), "已复查8所学校，剩余3所村小。");

			as("450422103", "塘步镇学校安全工作办公室");
			long tb3 = meeting(MeetingKind.TOWNSHIP, "塘步镇第三季度学校安全工作例会", last.plusDays(80), "塘步镇政府会议室", "镇长 黄志明",
					List.of(TOWNSHIP, EDUCATION, PUBLIC_SECURITY, SCHOOL), "暑期防溺水工作总结；秋季开学安全部署。",
					"会议总结了暑期防溺水工作，部署秋季开学安全检查。");
			closed(decide(tb3, "对辖区河道危险水域开展巡查", TOWNSHIP, "镇水利站 覃家宝", "", last.plusDays(90)), "完成巡查12处，新设警示牌6块。",
					"巡查记录");
			long tb4 = meeting(MeetingKind.TOWNSHIP, "塘步镇第四季度学校安全工作例会", day(current.plusDays(27), today), "塘步镇政府会议室",
					"镇长 黄志明", List.of(TOWNSHIP, EDUCATION, PUBLIC_SECURITY, HEALTH, SCHOOL), "冬季安全工作部署；流感防控。",
					"会议部署冬季校园安全和流感等传染病防控工作。");
			decide(tb4, "各校开展冬季传染病防控检查", HEALTH, "镇卫生院 李春燕", "", today.plusDays(20));

			township("450403101", "城东镇", day(current.plusDays(20), today), "万秀区城东镇");
			township("450421100", "石桥镇", day(current.plusDays(35), today), "苍梧县石桥镇");
			township("450481100", "岑城镇", last.plusDays(60), "岑溪市岑城镇");
			township("530323102", "雄壁镇", day(current.plusDays(25), today), "师宗县雄壁镇");

			as("450400", "梧州市教育局安全干部");
			meeting(MeetingKind.JOINT, "梧州市学校安全风险防控联席会议", last.plusDays(70), "市政府第二会议室", "分管副市长", List.of(EDUCATION,
					PUBLIC_SECURITY, HEALTH, MARKET_SUPERVISION, TRANSPORT, HOUSING, EMERGENCY_MANAGEMENT),
					"全市学校安全形势研判。", "会议研判全市学校及周边安全形势，部署秋冬季学校安全工作。");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void township(String code, String name, LocalDate held, String place) {
		as(code, name + "学校安全工作办公室");
		long id = meeting(MeetingKind.TOWNSHIP, name + "学校安全工作例会", held, place + "政府会议室", name + "分管副镇长",
				List.of(TOWNSHIP, EDUCATION, PUBLIC_SECURITY, SCHOOL), "通报学校安全检查情况。", "会议通报了辖区学校安全检查情况并部署下阶段工作。");
		decide(id, "开展校园及周边安全隐患排查", SCHOOL, "各中小学校长", "", held.plusDays(30));
	}

	private long meeting(MeetingKind kind, String title, LocalDate day, String place, String chair,
			List<Department> departments, String agenda, String minutes) {
		return meetings.record(new RecordMeeting(kind, title, LocalDateTime.of(day, java.time.LocalTime.of(9, 0)),
				place, chair, departments, "", agenda, minutes));
	}

	private long decide(long meeting, String decision, Department department, String person, String assignee,
			LocalDate deadline) {
		return meetings.addDecision(meeting, new AddDecision(decision, department, person, assignee, deadline));
	}

	private void closed(long task, String result, String evidence) {
		meetings.closeTask(task, new CloseTask(result, evidence));
	}

	private void started(long task, String note) {
		meetings.startTask(task, note);
	}

	/** A day of this quarter that has passed already (yesterday at the latest). */
	private static LocalDate day(LocalDate wanted, LocalDate today) {
		return wanted.isBefore(today) ? wanted : today.minusDays(1);
	}

	private static void as(String region, String name) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(new CurrentUser(0, "demo", name, Role.BUREAU_SAFETY_OFFICER,
				DataScope.region(RegionCode.of(region)), null, false)));
		SecurityContextHolder.setContext(context);
	}

}
