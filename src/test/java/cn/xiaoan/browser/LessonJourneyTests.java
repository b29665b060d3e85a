package cn.xiaoan.browser;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A student on a phone reads the drowning lesson and passes its quiz. */
@PlatformTest
class LessonJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@Test
	void aStudentReadsTheDrowningLessonAndPassesTheQuizOnAPhone() throws Exception {
		try (Browser phone = new Browser(port, 390, 844)) {
			phone.login("student", Demo.PASSWORD);
			phone.open("/lessons");
			assertThat(phone.text()).contains("珍爱生命，预防溺水");
			phone.screenshot("30-phone-lessons");
			phone.open("/lessons/DROWNING");
			assertThat(phone.text()).contains("六不").contains("课后测试");
			phone.screenshot("31-phone-lesson");
			for (var row : demo.jdbc()
				.sql("""
						select q.id, a from education.question q join education.lesson l on l.id = q.lesson_id,
						unnest(q.answer) a where l.code = 'DROWNING'""")
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
				.list()) {
				phone.click("#q-" + row[0] + "-" + row[1]);
			}
			phone.screenshot("32-phone-quiz-answered");
			phone.submit("#submit-quiz");
			assertThat(phone.find("#quiz-result").getText()).contains("100").contains("测试合格");
			phone.screenshot("33-phone-quiz-passed");
		}
	}

}
