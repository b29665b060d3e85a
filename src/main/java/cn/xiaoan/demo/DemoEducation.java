package cn.xiaoan.demo;

import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.education.bulk.EducationBulkLoad;

import org.springframework.stereotype.Component;

/**
 * Two 梧州 campaigns for the demo: the summer drowning-prevention one, long finished, and
 * the winter fire-safety one under way, assigned to every class of 梧州's schools with
 * progress spread over the days so far. The demo student's winter homework stays open.
 */
@Component
class DemoEducation {

	private final EducationBulkLoad education;

	DemoEducation(EducationBulkLoad education) {
		this.education = education;
	}

	/** {@code demoStudent}: the student the demo account "student" is. */
	void campaigns(LocalDate today, long demoStudent) {
		LocalDate summerStart = LocalDate.of(today.getYear(), 7, 1);
		if (summerStart.isAfter(today.minusDays(60))) {
			summerStart = summerStart.minusYears(1);
		}
		long summer = education.campaign(summerStart.getYear() + "年暑期防溺水专题教育", "落实防溺水“六不”要求，学生完成专题课程和测试，家长阅读家长版并确认。",
				"DROWNING", "450400", "梧州市教育局", summerStart, summerStart.plusDays(61), true);
		education.homeworkForAllClasses(summer, "4504", summerStart.plusDays(30), "学校安全办");
		education.progress(summer, 0.985, 30, 60, List.of(), 0.26);
		LocalDate winterStart = today.minusDays(10);
		long winter = education.campaign(today.getYear() + "年冬季消防安全专题教育", "冬季用火用电增多，开展消防安全专题学习：会报警、会逃生、会使用灭火器。", "FIRE",
				"450400", "梧州市教育局", winterStart, today.plusDays(20), true);
		education.homeworkForAllClasses(winter, "4504", today.plusDays(14), "学校安全办");
		// spread over the days before today: nobody has studied in the future
		education.progress(winter, 0.68, 9, 60, List.of(demoStudent), 0.45);
	}

}
