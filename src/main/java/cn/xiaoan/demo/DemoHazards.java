package cn.xiaoan.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.xiaoan.hazard.bulk.HazardBulkLoad.GeneratedHazard;
import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardSource;
import cn.xiaoan.hazard.HazardStatus;
import cn.xiaoan.shared.SafetyCategory;

/**
 * Hazards of the demo schools at every stage, so ledgers and statistics have something to
 * show.
 */
final class DemoHazards {

	record Kind(SafetyCategory category, String title, HazardGrade grade) {
	}

	static final List<Kind> KINDS = List.of(new Kind(SafetyCategory.FIRE, "教学楼二楼灭火器压力不足", HazardGrade.GENERAL),
			new Kind(SafetyCategory.FIRE, "宿舍楼安全出口指示灯不亮", HazardGrade.GENERAL),
			new Kind(SafetyCategory.FIRE, "消防通道堆放杂物", HazardGrade.GENERAL),
			new Kind(SafetyCategory.BUILDINGS, "教学楼外墙瓷砖空鼓", HazardGrade.MAJOR),
			new Kind(SafetyCategory.BUILDINGS, "楼梯扶手松动", HazardGrade.GENERAL),
			new Kind(SafetyCategory.CANTEEN, "食堂留样未满48小时", HazardGrade.GENERAL),
			new Kind(SafetyCategory.CANTEEN, "后厨生熟刀具混用", HazardGrade.GENERAL),
			new Kind(SafetyCategory.SECURITY, "校门防冲撞设施损坏", HazardGrade.GENERAL),
			new Kind(SafetyCategory.SECURITY, "围墙东侧有缺口", HazardGrade.MAJOR),
			new Kind(SafetyCategory.LABORATORY, "化学实验室危化品未双人双锁", HazardGrade.MAJOR),
			new Kind(SafetyCategory.KEY_AREAS, "配电房门锁损坏", HazardGrade.GENERAL),
			new Kind(SafetyCategory.SPORTS, "单杠底座锈蚀", HazardGrade.GENERAL),
			new Kind(SafetyCategory.SURROUNDINGS, "学校周边200米内新开网吧", HazardGrade.GENERAL),
			new Kind(SafetyCategory.TRAFFIC, "校门口缺少减速带和警示标志", HazardGrade.GENERAL),
			new Kind(SafetyCategory.HEALTH, "饮水机滤芯超期未换", HazardGrade.GENERAL));

	private DemoHazards() {
	}

	/**
	 * About six hazards a school: closed ones, some in progress, now and then one
	 * overdue.
	 */
	static List<GeneratedHazard> of(List<DemoSchool> schools, LocalDate today, Random random) {
		List<GeneratedHazard> hazards = new ArrayList<>();
		for (int s = 0; s < schools.size(); s++) {
			DemoSchool school = schools.get(s);
			for (int i = 0; i < 6; i++) {
				Kind kind = KINDS.get(random.nextInt(KINDS.size()));
				OffsetDateTime found = today.minusDays(3 + random.nextInt(120))
					.atTime(9 + random.nextInt(8), 0)
					.atOffset(ZoneOffset.ofHours(8));
				HazardStatus status;
				LocalDate deadline = found.toLocalDate().plusDays(kind.grade() == HazardGrade.MAJOR ? 30 : 7);
				OffsetDateTime closed = null;
				String level = "SCHOOL";
				if (i < 3) {
					status = HazardStatus.CLOSED;
					closed = found.plusDays(1 + random.nextInt(kind.grade() == HazardGrade.MAJOR ? 25 : 6));
				}
				else if (i == 3) {
					status = HazardStatus.REPORTED;
					deadline = null;
					found = today.minusDays(random.nextInt(3)).atTime(10, 0).atOffset(ZoneOffset.ofHours(8));
				}
				else if (kind.grade() == HazardGrade.MAJOR) {
					status = HazardStatus.GRADED;
					deadline = today.plusDays(5 + random.nextInt(20));
				}
				else if (i == 5 && s % 4 == 1) {
					status = HazardStatus.RECTIFYING;
					deadline = today.minusDays(2 + random.nextInt(5));
					level = "COUNTY";
				}
				else {
					status = HazardStatus.RECTIFYING;
					deadline = today.plusDays(1 + random.nextInt(7));
				}
				hazards.add(new GeneratedHazard(school.id, school.school.regionCode(), kind.title(), kind.category(),
						i % 3 == 0 ? HazardSource.AD_HOC : HazardSource.INSPECTION,
						status == HazardStatus.REPORTED ? null : kind.grade(), status, 0, "安全办", found, deadline,
						closed, level));
			}
		}
		return hazards;
	}

}
