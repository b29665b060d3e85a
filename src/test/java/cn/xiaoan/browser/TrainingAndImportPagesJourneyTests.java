package cn.xiaoan.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Role;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.Sheets;
import cn.xiaoan.training.BookSession;
import cn.xiaoan.training.GradeBand;
import cn.xiaoan.training.NewCourse;
import cn.xiaoan.training.NewSession;
import cn.xiaoan.training.Topic;
import cn.xiaoan.training.TrainingBookings;
import cn.xiaoan.training.TrainingManagement;
import cn.xiaoan.training.TrainingSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 10, imports and training as their users meet them, at a desk and on a phone: an
 * import names every problem in one report, booking lists say what was booked, a class
 * too large for the places left is told so, and a student and a parent find the
 * certificate under 我的信息.
 */
@PlatformTest
class TrainingAndImportPagesJourneyTests {

	private static final Map<String, int[]> SIZES = Map.of("desktop", new int[] { 1366, 900 }, "phone",
			new int[] { 390, 844 });

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@Autowired
	TrainingManagement training;

	@Autowired
	TrainingBookings bookings;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(),
				"Debian chromium and chromium-driver are needed (apt-get install chromium chromium-driver)");
	}

	@Test
	void anImportNamesInFileErrorsAndRegisteredStudentsInOneReport() throws Exception {
		long school = demo.schoolOf("principal");
		Map<String, Object> held = demo.jdbc()
			.sql("""
					select s.student_no, s.name from people.student s
					where s.school_id = :s and s.left_on is null and not s.claim_pending order by s.id offset 40 limit 1""")
			.param("s", school)
			.query()
			.singleRow();
		String grade = demo.jdbc()
			.sql("select name from org.grade where school_id = :s order by seq limit 1")
			.param("s", school)
			.query(String.class)
			.single();
		for (var size : SIZES.entrySet()) {
			String prefix = "WEB" + System.nanoTime() % 100000;
			Path file = Files.createTempFile("students", ".xlsx");
			Files.write(file,
					Sheets.xlsx(Sheets.STUDENT_HEADERS,
							List.of(List.of(prefix + "1", "", "", "不存在的年级", "9班", "否", "", "", ""),
									List.of((String) held.get("student_no"), "同号生", "", grade, "9班", "否", "", "", ""),
									List.of(prefix + "1", "新生乙", "", grade, "9班", "否", "", "", ""))));
			try (Browser browser = new Browser(port, size.getValue()[0], size.getValue()[1])) {
				browser.login("principal", Demo.PASSWORD);
				browser.open("/schools/" + school + "/students/import");
				browser.find("#file").sendKeys(file.toString());
				browser.find("#initialPassword").sendKeys("Start2026a");
				browser.submit("form[enctype] button[type=submit]");
				browser.waitFor(d -> !d.findElements(org.openqa.selenium.By.id("import-problems")).isEmpty());
				String report = browser.find("#import-problems").getText();
				String name = (String) held.get("name");
				assertThat(report).contains("必填项为空", "年级", "学籍号已登记", "与文件中其他行重复", name.substring(0, 1) + "*");
				assertThat(report).doesNotContain(name.length() > 1 ? name : "\u0000");
				top(browser, "#import-result");
				browser.screenshot("issue10-peopletrain-import-result-" + size.getKey());
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
	}

	/** Scrolls the element to the top of the window, its heading in view. */
	private static void top(Browser browser, String css) {
		browser.driver.executeScript("arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});",
				browser.find(css));
	}

	private long countyBase() {
		return demo.jdbc().sql("select id from training.base where region_code = '450422'").query(Long.class).single();
	}

	private TrainingSession session(String title, int capacity) {
		return demo.callAs("tx_safety", () -> {
			var course = training.addCourse(countyBase(), new NewCourse(title + System.nanoTime() % 10_000, Topic.FIRE,
					"火场逃生体验", 90, GradeBand.ALL, capacity));
			return training.schedule(course.id(), new NewSession(LocalDate.now().plusDays(6), LocalTime.of(9, 0),
					LocalTime.of(10, 30), capacity, "消防体验馆", "韦教官"));
		});
	}

	/** Runs the call as the principal of another 藤县 school, which has no demo account. */
	private void asPrincipalOfNeighbour(long own, Runnable call) {
		var neighbour = demo.jdbc()
			.sql("select id, region_code from org.school where region_code like '450422%' and id <> :s order by id limit 1")
			.param("s", own)
			.query()
			.singleRow();
		var context = SecurityContextHolder.createEmptyContext();
		context
			.setAuthentication(new CallerAuthentication(new CurrentUser(-1, "principal-neighbour", "校长", Role.PRINCIPAL,
					DataScope.school(((Number) neighbour.get("id")).longValue(), (String) neighbour.get("region_code")),
					null, false)));
		SecurityContextHolder.setContext(context);
		try {
			call.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private long largestClass(long school) {
		return demo.jdbc()
			.sql("""
					select class_id from people.student where school_id = :s
					group by class_id having count(*) > 10 order by count(*) desc, class_id limit 1""")
			.param("s", school)
			.query(Long.class)
			.single();
	}

	@Test
	void bookingListsNameTheCourseAndAClassTooLargeIsToldThePlacesLeft() throws Exception {
		long school = demo.schoolOf("principal");
		TrainingSession booked = session("消防逃生实训", 200);
		long classId = largestClass(school);
		demo.runAs("principal",
				() -> bookings.book(booked.id(), new BookSession(null, classId, null, "韦丽华", "13907740001")));
		for (var size : SIZES.entrySet()) {
			TrainingSession small = session("小班实训", 10);
			// on the phone another school has taken 4 of the 10 places: the message says
			// so
			int taken = size.getKey().equals("phone") ? 4 : 0;
			if (taken > 0) {
				asPrincipalOfNeighbour(school,
						() -> bookings.book(small.id(), new BookSession(null, null, taken, "覃老师", "")));
			}
			try (Browser browser = new Browser(port, size.getValue()[0], size.getValue()[1])) {
				browser.login("principal", Demo.PASSWORD);
				browser.open("/training/bookings");
				String list = browser.find("#all-bookings").getText();
				assertThat(list).contains(booked.courseTitle(), booked.day() + " 09:00–10:30", booked.baseName(),
						"已预约");
				browser.screenshot("issue10-peopletrain-booking-list-" + size.getKey());
				browser.open("/training");
				assertThat(browser.find("#recent-bookings").getText()).contains(booked.courseTitle(),
						booked.day() + " 09:00–10:30");
				top(browser, "#recent-bookings");
				browser.screenshot("issue10-peopletrain-training-home-" + size.getKey());
				browser.open("/training/sessions/" + booked.id());
				assertThat(browser.find("#session-bookings").getText()).contains(booked.courseTitle(),
						booked.baseName(), "已预约");
				top(browser, "#session-bookings");
				browser.screenshot("issue10-peopletrain-session-bookings-" + size.getKey());
				browser.submit("#session-bookings a");
				assertThat(browser.find("#booking-facts").getText()).contains(booked.courseTitle(),
						booked.day() + " 09:00–10:30");
				browser.screenshot("issue10-peopletrain-booking-detail-" + size.getKey());

				browser.open("/training/sessions/" + small.id());
				new Select(browser.find("#classId")).selectByValue(String.valueOf(classId));
				browser.find("#leadTeacher").sendKeys("韦丽华");
				browser.submit("#book");
				int students = demo.jdbc()
					.sql("select count(*) from people.student where class_id = :c")
					.param("c", classId)
					.query(Integer.class)
					.single();
				assertThat(browser.text()).contains("本场剩余 " + (10 - taken) + " 个名额，您选择的班级有 " + students + " 人"
						+ (taken > 0 ? "（本场共 10 个名额，已有预约占用 4 个）" : "。"));
				browser.scrollTo("#book-form");
				browser.screenshot("issue10-peopletrain-over-capacity-" + size.getKey());
			}
			try (Browser bureau = new Browser(port, size.getValue()[0], size.getValue()[1])) {
				bureau.login("tx_safety", Demo.PASSWORD);
				bureau.open("/training/bookings");
				assertThat(bureau.find("#all-bookings").getText()).contains(booked.courseTitle(), "藤县第一高级中学");
				bureau.screenshot("issue10-peopletrain-booking-list-bureau-" + size.getKey());
			}
		}
	}

	/** A completed session the demo student's class attended: certificates numbered. */
	private TrainingSession certified() {
		TrainingSession session = session("地震避险实训", 200);
		long classId = demo.jdbc()
			.sql("select s.class_id from people.student s join people.account a on a.person_id = s.id"
					+ " where a.username = 'student' and a.role = 'STUDENT'")
			.query(Long.class)
			.single();
		demo.runAs("principal",
				() -> bookings.book(session.id(), new BookSession(null, classId, null, "韦丽华", "13907740001")));
		// the day has come and the whole class attended
		demo.jdbc()
			.sql("update training.session set day = current_date where id = :id")
			.param("id", session.id())
			.update();
		demo.jdbc()
			.sql("""
					update training.attendee set attended = true
					where booking_id in (select id from training.booking where session_id = :id)""")
			.param("id", session.id())
			.update();
		demo.jdbc()
			.sql("""
					update training.booking set status = 'ATTENDED', arrived = students where session_id = :id""")
			.param("id", session.id())
			.update();
		// as it is now: on today, completed
		return demo.callAs("tx_safety", () -> training.complete(session.id()));
	}

	@Test
	void aStudentAndAParentFindTheCertificateUnderMyInformation() throws Exception {
		TrainingSession session = certified();
		for (var size : SIZES.entrySet()) {
			for (String user : List.of("student", "parent")) {
				try (Browser browser = new Browser(port, size.getValue()[0], size.getValue()[1])) {
					browser.login(user, Demo.PASSWORD);
					browser.open("/me");
					browser.waitFor(
							d -> !d.findElements(org.openqa.selenium.By.cssSelector(".student-certificate")).isEmpty());
					String certificates = browser.find(".student-certificates").getText();
					assertThat(certificates).contains(session.courseTitle(), session.day().toString(),
							session.baseName(), "下载证书");
					top(browser, ".student-certificates");
					browser.screenshot("issue10-peopletrain-me-certificates-" + user + "-" + size.getKey());
					String href = browser.find(".certificate-download").getAttribute("href");
					Object head = browser.driver.executeAsyncScript(
							"""
									const done = arguments[arguments.length - 1];
									fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.headers.get('content-type') + ' '
									    + String.fromCharCode(...new Uint8Array(b).slice(0, 5)))));""",
							href);
					assertThat(head.toString()).isEqualTo("application/pdf %PDF-");
				}
			}
		}
	}

}
