package cn.xiaoan.education;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.xiaoan.browser.Browser;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A school's homework pages at 1366×900 and on a 390×844 phone: the school's list, one
 * homework's classes, a class's students (the principal's and the head teacher's) and the
 * assign form name their classes and students in grade, class and number order (ADR
 * 0082). Screenshots and the pages' text: target/screenshots/homework-pages-*.
 */
@PlatformTest
class HomeworkPagesJourneyTests extends HomeworkTestSupport {

	private static final int[][] SIZES = { { 1366, 900 }, { 390, 844 } };

	private static final String[] DEVICE = { "desktop", "phone" };

	@LocalServerPort
	int port;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@Test
	void theHomeworkPagesNameClassesAndStudentsInOrder() throws Exception {
		long school = demo.schoolOf("principal");
		List<Long> classes = new ArrayList<>(demo.jdbc()
			.sql("select id from org.school_class where school_id = :s and id <> :c order by id desc limit 2")
			.param("s", school)
			.param("c", studentClass())
			.query(Long.class)
			.list());
		classes.add(studentClass());
		Homework hw = demo.callAs("principal", () -> education.assign(
				new AssignHomework(school, null, "FIRE", "消防安全作业（页面截图）", classes, LocalDate.now().plusDays(5), false)));
		demo.callAs("student", () -> education.submitHomework(hw.id(), UUID.randomUUID(), key("FIRE", true)));
		String[][] pages = { { "principal", "/homework", "list" }, { "principal", "/homework/" + hw.id(), "homework" },
				{ "principal", "/homework/" + hw.id() + "/classes/" + studentClass(), "class" },
				{ "principal", "/homework/new", "form" },
				{ "headteacher", "/homework/" + hw.id() + "/classes/" + studentClass(), "headteacher-class" } };
		for (int i = 0; i < SIZES.length; i++) {
			for (String[] page : pages) {
				try (Browser b = new Browser(port, SIZES[i][0], SIZES[i][1])) {
					b.login(page[0], Demo.PASSWORD);
					b.open(page[1]);
					String name = "homework-pages-" + page[2] + "-" + DEVICE[i];
					if (!page[2].equals("form")) {
						assertThat(b.text()).as(name).contains("消防安全作业（页面截图）");
					}
					b.screenshot(name);
					Files.writeString(Path.of("target/screenshots", name + ".txt"), b.text());
				}
			}
		}
	}

}
