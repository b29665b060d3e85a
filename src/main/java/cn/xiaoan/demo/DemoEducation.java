package cn.xiaoan.demo;

import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.education.EducationBulkLoad;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two 梧州 campaigns for the demo: the summer drowning-prevention one, long finished, and
 * the winter fire-safety one under way, assigned to every class of 梧州's schools with
 * progress spread over the days so far. The demo student's winter homework stays open.
 */
@Component
class DemoEducation {

	private final EducationBulkLoad education;

	private final JdbcClient jdbc;

	DemoEducation(EducationBulkLoad education, JdbcClient jdbc) {
		this.education = education;
		this.jdbc = jdbc;
	}

	void campaigns(LocalDate today) {
		List<Long> schools = jdbc.sql("select id from org.school where region_code like '4504%' order by id")
			.query(Long.class)
			.list();
		List<Long> demoStudent = jdbc
			.sql("select person_id from people.account where username in ('student') and person_id is not null")
			.query(Long.class)
			.list();
		LocalDate summerStart = LocalDate.of(today.getYear(), 7, 1);
		if (summerStart.isAfter(today.minusDays(60))) {
			summerStart = summerStart.minusYears(1);
		}
		long summer = education.campaign(summerStart.getYear() + "年暑期防溺水专题教育", "落实防溺水“六不”要求，学生完成专题课程和测试，家长阅读家长版并确认。",
				"DROWNING", "450400", "梧州市教育局", summerStart, summerStart.plusDays(61), true);
		education.homeworkForAllClasses(summer, schools, summerStart.plusDays(30), "学校安全办");
		education.progress(summer, 0.985, 30, 60, List.of(), 0.26);
		LocalDate winterStart = today.minusDays(10);
		long winter = education.campaign(today.getYear() + "年冬季消防安全专题教育", "冬季用火用电增多，开展消防安全专题学习：会报警、会逃生、会使用灭火器。", "FIRE",
				"450400", "梧州市教育局", winterStart, today.plusDays(20), true);
		education.homeworkForAllClasses(winter, schools, today.plusDays(14), "学校安全办");
		education.progress(winter, 0.68, 10, 60, demoStudent, 0.45);
	}

}
