package cn.xiaoan.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.people.bulk.PeopleBulkLoad;
import cn.xiaoan.people.NewStudent;
import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Role;
import cn.xiaoan.training.BookSession;
import cn.xiaoan.training.Course;
import cn.xiaoan.training.GradeBand;
import cn.xiaoan.training.NewBase;
import cn.xiaoan.training.NewCourse;
import cn.xiaoan.training.NewSession;
import cn.xiaoan.training.Topic;
import cn.xiaoan.training.TrainingBookings;
import cn.xiaoan.training.bulk.TrainingBulkLoad;
import cn.xiaoan.training.TrainingManagement;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The training bases of 藤县 and 梧州市 with their courses and sessions, opened through the
 * training module's API (as each bureau would), a few bookings by schools, and completed
 * sessions of the past with attendance and certificates.
 */
@Component
class DemoTraining {

	private final TrainingManagement training;

	private final TrainingBookings bookings;

	private final TrainingBulkLoad bulk;

	private final SchoolStructure structure;

	private final PeopleBulkLoad people;

	DemoTraining(TrainingManagement training, TrainingBookings bookings, TrainingBulkLoad bulk,
			SchoolStructure structure, PeopleBulkLoad people) {
		this.training = training;
		this.bookings = bookings;
		this.bulk = bulk;
		this.structure = structure;
		this.people = people;
	}

	void seed(DemoSchool demo, DemoSchool neighbour, LocalDate today) {
		act(new CurrentUser(0, "system", "系统", Role.SYSTEM_ADMIN, DataScope.all(), null, false));
		try {
			List<Course> county = base(new NewBase("450422", "藤县中小学生安全教育实训基地", "广西梧州市藤县藤州镇城东大道88号", "0774-7288119"),
					DemoCourses.COUNTY);
			List<Course> city = base(new NewBase("450400", "梧州市青少年安全教育实训基地", "广西梧州市万秀区新兴二路36号", "0774-2025110"),
					DemoCourses.CITY);
			long earthquake = session(county.get(1), today.plusDays(7), 9, 120, "地震体验馆", "黄教官");
			session(county.get(0), today.plusDays(3), 9, null, "消防体验馆", "韦教官");
			long drowning = session(county.get(2), today.plusDays(10), 14, null, "急救培训室", "李教官");
			session(county.get(3), today.plusDays(14), 9, null, "交通安全体验区", "覃教官");
			session(county.get(4), today.plusDays(17), 14, null, "疏散演练楼", "韦教官");
			session(city.get(0), today.plusDays(5), 9, null, "烟热实训楼", "陈教官");
			session(city.get(2), today.plusDays(12), 14, null, "急救培训室", "梁教官");
			session(city.get(4), today.plusDays(19), 9, null, "校车实训场", "莫教官");
			act(new CurrentUser(0, "system", "系统", Role.PRINCIPAL, DataScope.school(demo.id, demo.school.regionCode()),
					null, false));
			bookings.book(earthquake, new BookSession(null, demo.classIds.get(Math.min(2, demo.classIds.size() - 1)),
					null, "韦丽华", "13907740001"));
			if (neighbour != null) {
				act(new CurrentUser(0, "system", "系统", Role.PRINCIPAL,
						DataScope.school(neighbour.id, neighbour.school.regionCode()), null, false));
				bookings.book(drowning, new BookSession(null, null, 26, "覃海燕", "13907740002"));
			}
			past(county.get(0), today.minusDays(21), demo, demo.classIds.get(0), "蒙志强", neighbour);
			past(city.get(2), today.minusDays(35), demo, demo.classIds.get(demo.classIds.size() - 1), "黎春梅", null);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private List<Course> base(NewBase base, List<NewCourse> courses) {
		long id = training.openBase(base).id();
		return courses.stream().map(c -> training.addCourse(id, c)).toList();
	}

	private long session(Course course, LocalDate day, int hour, Integer capacity, String location, String instructor) {
		LocalTime start = LocalTime.of(hour, hour < 12 ? 0 : 30);
		return training
			.schedule(course.id(),
					new NewSession(day, start, start.plusMinutes(course.durationMinutes()), capacity, location,
							instructor))
			.id();
	}

	/** A completed session: a class of the school came (two absent), and a head count. */
	private void past(Course course, LocalDate day, DemoSchool school, long classId, String teacher, DemoSchool other) {
		List<TrainingBulkLoad.PastAttendee> roster = new ArrayList<>();
		for (NewStudent s : school.students) {
			if (s.classId() == classId) {
				roster.add(new TrainingBulkLoad.PastAttendee(people.studentIdByNo(s.studentNo()), s.name(),
						roster.size() % 17 != 5));
			}
		}
		List<TrainingBulkLoad.PastBooking> list = new ArrayList<>();
		list.add(new TrainingBulkLoad.PastBooking(school.id, school.school.regionCode(), school.school.name(), classId,
				structure.schoolClass(classId).orElseThrow().fullName(), roster.size(), teacher, roster));
		if (other != null) {
			list.add(new TrainingBulkLoad.PastBooking(other.id, other.school.regionCode(), other.school.name(), null,
					"", 20, "莫秀英", List.of(new TrainingBulkLoad.PastAttendee(null, "莫小燕", true),
							new TrainingBulkLoad.PastAttendee(null, "陶子涵", true))));
		}
		int capacity = Math.max(course.defaultCapacity(), list.stream().mapToInt(b -> b.students()).sum());
		LocalTime start = LocalTime.of(9, 0);
		bulk.completedSession(course.id(), day, start, start.plusMinutes(course.durationMinutes()), capacity, "实训馆",
				"韦教官", list);
	}

	private static void act(CurrentUser user) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(user));
		SecurityContextHolder.setContext(context);
	}

}
