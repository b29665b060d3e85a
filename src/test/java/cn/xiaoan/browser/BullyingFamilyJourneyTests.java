package cn.xiaoan.browser;

import java.time.LocalDate;

import cn.xiaoan.bullying.AnswerAppeal;
import cn.xiaoan.bullying.BullyingKind;
import cn.xiaoan.bullying.BullyingManagement;
import cn.xiaoan.bullying.BullyingReports;
import cn.xiaoan.bullying.BullyingReviews;
import cn.xiaoan.bullying.DecideCase;
import cn.xiaoan.bullying.InformFamily;
import cn.xiaoan.bullying.MeasureKind;
import cn.xiaoan.bullying.NoticeMethod;
import cn.xiaoan.bullying.RecordMeasure;
import cn.xiaoan.bullying.ReportBullying;
import cn.xiaoan.bullying.ReviewOutcome;
import cn.xiaoan.bullying.Severity;
import cn.xiaoan.bullying.Side;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A bullied child's parent on a phone: the principal links the child to the case by
 * student number (and is told expulsion is not for this stage, naming the rule); the
 * committee decides and informs the family; the parent opens 我孩子的欺凌事件 from the menu, sees
 * the finding and the support for their child — the other child by initials only — and
 * appeals; the county office overturns, and the parent reads the answer.
 */
@PlatformTest
class BullyingFamilyJourneyTests {

	private static final String STORY = "放学路上被同校两名学生拦住索要零花钱，不给就踢打";

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@Autowired
	BullyingReports reports;

	@Autowired
	BullyingManagement management;

	@Autowired
	BullyingReviews reviews;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@Test
	void aParentFollowsTheirChildsCaseAppealsAndReadsTheCountysAnswer() throws Exception {
		LocalDate received = LocalDate.now().minusDays(3);
		long id = demo.callAs("safety", () -> reports
			.report(new ReportBullying(null, received, "校门外", STORY, "", "", "农俊杰、黎浩", "九年级", "", "", received)));
		String number = demo.jdbc()
			.sql("select student_no from people.student where id = :id")
			.param("id", demo.studentOf("parent"))
			.query(String.class)
			.single();
		demo.runAs("principal", () -> management.decide(id,
				new DecideCase(true, BullyingKind.PROPERTY, Severity.GENERAL, "多次拦截索要财物并踢打，构成欺凌")));
		try (Browser principal = new Browser(port, 390, 844)) {
			principal.login("principal", Demo.PASSWORD);
			principal.open("/bullying/cases/" + id);
			new Select(principal.find("#party-form select[name=side]")).selectByValue("VICTIM");
			principal.find("#party-form input[name=studentNo]").sendKeys(number);
			principal.submit("#party-submit");
			assertThat(principal.find("#case-parties").getText()).contains("被欺凌学生一方");
			principal.screenshot("bullying-family-01-phone-party-linked");
			new Select(principal.find("#measure-form select[name=kind]")).selectByValue("EXPULSION");
			principal.submit("#measure-submit");
			assertThat(principal.text()).contains("《中小学教育惩戒规则（试行）》第十条");
			principal.screenshot("bullying-family-02-phone-expulsion-refused");
		}
		demo.runAs("principal", () -> {
			management.recordMeasure(id, new RecordMeasure(MeasureKind.SERIOUS_WARNING, "严重警告"));
			management.recordMeasure(id, new RecordMeasure(MeasureKind.PSYCHOLOGICAL_SUPPORT, "心理老师每周谈心"));
			management.informFamily(id, new InformFamily(Side.VICTIM, LocalDate.now(), NoticeMethod.IN_PERSON));
		});
		String card = ".family-case[data-case='" + id + "']";
		try (Browser parent = new Browser(port, 390, 844)) {
			parent.login("parent", Demo.PASSWORD);
			parent.menu("/bullying/family");
			String seen = parent.find(card).getText();
			assertThat(seen).contains("构成欺凌", "财物欺凌", "对被欺凌学生心理辅导", "农**、黎*", LocalDate.now().plusDays(7).toString())
				.doesNotContain("农俊杰", "严重警告", STORY);
			parent.screenshot("bullying-family-03-phone-parent-case");
			parent.find(card + " textarea[name=reason]").sendKeys("孩子至今不敢独自上学，希望县里复查处理是否到位");
			parent.submit(card + " .family-appeal-submit");
			assertThat(parent.find("#bullying-message").getText()).contains("复查申请已提交");
			assertThat(parent.find(card + " .family-appeal").getText()).contains("您于" + LocalDate.now(),
					LocalDate.now().plusDays(15).toString());
			parent.screenshot("bullying-family-04-phone-appealed");
		}
		demo.runAs("tx_safety", () -> reviews.answer(id, new AnswerAppeal(ReviewOutcome.OVERTURNED, true,
				BullyingKind.PROPERTY, Severity.SERIOUS, "多次索要并踢打，情节严重")));
		try (Browser parent = new Browser(port, 390, 844)) {
			parent.login("parent", Demo.PASSWORD);
			parent.open("/bullying/family");
			assertThat(parent.find(card + " .family-answer").getText()).contains("撤销学校认定", "严重");
			parent.screenshot("bullying-family-05-phone-answer");
		}
		try (Browser student = new Browser(port, 390, 844)) {
			student.login("student", Demo.PASSWORD);
			student.menu("/bullying/family");
			assertThat(student.find(card).getText()).contains("涉及你的措施", "撤销学校认定").doesNotContain("农俊杰");
			student.screenshot("bullying-family-06-phone-student");
		}
		try (Browser desk = new Browser(port, 1366, 900)) {
			desk.login("parent", Demo.PASSWORD);
			desk.open("/bullying/family");
			desk.screenshot("bullying-family-07-desktop-parent");
		}
	}

}
