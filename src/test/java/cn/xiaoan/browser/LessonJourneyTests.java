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

	@Test
	void aCountyAddsAVideoLinkThatItsStudentsSeeOnTheLesson() throws Exception {
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("tx_admin", Demo.PASSWORD);
			desk.open("/lessons/STAMPEDE");
			desk.click("#add-media summary");
			desk.find("#media-title").sendKeys("藤县防踩踏疏散演练视频");
			desk.find("#media-url").sendKeys("https://video.example.org/tengxian-evacuation");
			desk.screenshot("34-county-adds-lesson-video");
			desk.submit("#add-media-submit");
			assertThat(desk.text()).contains("教学视频已添加").contains("藤县防踩踏疏散演练视频");
		}
		try (Browser phone = new Browser(port, 390, 844)) {
			phone.login("student", Demo.PASSWORD);
			phone.open("/lessons/STAMPEDE");
			assertThat(phone.find("#lesson-media").getText()).contains("观看视频：藤县防踩踏疏散演练视频");
			phone.screenshot("35-phone-lesson-with-video-link");
		}
	}

}
