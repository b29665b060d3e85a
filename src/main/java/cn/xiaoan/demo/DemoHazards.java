package cn.xiaoan.demo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardSource;
import cn.xiaoan.hazard.bulk.HazardStory;
import cn.xiaoan.shared.SafetyCategory;

/**
 * Hazards of the demo schools at every stage, told as the steps people took (登记, 定级, 五落实,
 * 整改, 验收, 销号, 挂牌督办), which the hazard module plays through its lifecycle rules: the
 * ledger's dates, plans and histories agree because they were made by the rules.
 */
final class DemoHazards {

	static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

	record Kind(SafetyCategory category, String title, HazardGrade grade, String measures, String location) {
	}

	static final List<Kind> KINDS = List.of(
			new Kind(SafetyCategory.FIRE, "教学楼二楼灭火器压力不足", HazardGrade.GENERAL, "更换压力不足的灭火器，建立月检记录", "教学楼二楼走廊"),
			new Kind(SafetyCategory.FIRE, "宿舍楼安全出口指示灯不亮", HazardGrade.GENERAL, "更换应急指示灯并测试备用电源", "学生宿舍楼一楼"),
			new Kind(SafetyCategory.FIRE, "消防通道堆放杂物", HazardGrade.GENERAL, "清理通道杂物，划线标示禁止堆放区域", "食堂北侧消防通道"),
			new Kind(SafetyCategory.BUILDINGS, "教学楼外墙瓷砖空鼓", HazardGrade.MAJOR, "设置警戒区，委托有资质单位检测并铲除重贴空鼓瓷砖", "教学楼南立面"),
			new Kind(SafetyCategory.BUILDINGS, "楼梯扶手松动", HazardGrade.GENERAL, "加固扶手连接件，全面排查其他楼梯", "综合楼东侧楼梯"),
			new Kind(SafetyCategory.CANTEEN, "食堂留样未满48小时", HazardGrade.GENERAL, "按规定留样48小时，专人登记", "学生食堂留样间"),
			new Kind(SafetyCategory.CANTEEN, "后厨生熟刀具混用", HazardGrade.GENERAL, "生熟刀具分开存放并标识，培训后厨人员", "学生食堂后厨"),
			new Kind(SafetyCategory.SECURITY, "校门防冲撞设施损坏", HazardGrade.GENERAL, "修复防冲撞设施，上下学时段加派人员值守", "学校正门"),
			new Kind(SafetyCategory.SECURITY, "围墙东侧有缺口", HazardGrade.MAJOR, "临时封堵并安排巡查，重建围墙缺口段", "东侧围墙"),
			new Kind(SafetyCategory.LABORATORY, "化学实验室危化品未双人双锁", HazardGrade.MAJOR, "加装双锁，落实双人保管与领用登记", "实验楼三楼化学准备室"),
			new Kind(SafetyCategory.KEY_AREAS, "配电房门锁损坏", HazardGrade.GENERAL, "更换门锁，张贴警示标志", "配电房"),
			new Kind(SafetyCategory.SPORTS, "单杠底座锈蚀", HazardGrade.GENERAL, "停用并除锈加固，检测合格后恢复使用", "运动场器械区"),
			new Kind(SafetyCategory.SURROUNDINGS, "学校周边200米内新开网吧", HazardGrade.GENERAL, "函告文化执法部门依法处理，加强放学时段巡查",
					"校门外200米内"),
			new Kind(SafetyCategory.TRAFFIC, "校门口缺少减速带和警示标志", HazardGrade.GENERAL, "商请交警部门设置减速带和警示标志", "校门口路段"),
			new Kind(SafetyCategory.HEALTH, "饮水机滤芯超期未换", HazardGrade.GENERAL, "更换滤芯并建立更换台账", "教学楼各层饮水点"));

	private DemoHazards() {
	}

	/**
	 * About six hazards a school: three closed, one just reported, two under way (a major
	 * one graded or in 整改, now and then one overdue, awaiting 验收 or sent back); a major
	 * one of each county's first school is supervised by the county bureau.
	 */
	static List<HazardStory> of(List<DemoSchool> schools, int schoolsPerCounty, OffsetDateTime now, Random random) {
		List<HazardStory> hazards = new ArrayList<>();
		for (int s = 0; s < schools.size(); s++) {
			DemoSchool school = schools.get(s);
			String county = school.school.regionCode().substring(0, 6);
			for (int i = 0; i < 6; i++) {
				Kind kind = KINDS.get(random.nextInt(KINDS.size()));
				if (i == 4 && s % schoolsPerCounty == 0) {
					kind = KINDS.get(3 + 6 * (s / schoolsPerCounty % 2));
				}
				DemoHazardStory story = new DemoHazardStory(school.id, school.school.regionCode(), kind,
						i % 3 == 0 ? HazardSource.AD_HOC : HazardSource.INSPECTION);
				if (i < 3) {
					story.closed(now, random, i == 0 && kind.grade() == HazardGrade.GENERAL,
							(kind.grade() == HazardGrade.MAJOR ? 40 : 12) + random.nextInt(100));
				}
				else if (i == 3) {
					story.found(now.minusHours(2 + random.nextInt(60)));
				}
				else if (i == 4 && s % schoolsPerCounty == 0) {
					story.supervised(now, random, s / schoolsPerCounty % 3 == 2, county, bureau(county));
				}
				else if (kind.grade() == HazardGrade.MAJOR) {
					story.majorUnderWay(now, random, s % 2 == 0);
				}
				else if (i == 5 && s % 4 == 1) {
					story.overdue(now, random);
				}
				else {
					story.generalUnderWay(now, random, (s + i) % 5);
				}
				hazards.add(story.told());
			}
		}
		return hazards;
	}

	private static String bureau(String county) {
		return DemoRegions.COUNTIES.stream().filter(c -> c.code().equals(county)).findFirst().orElseThrow().name()
				+ "教育局安全干部";
	}

}
