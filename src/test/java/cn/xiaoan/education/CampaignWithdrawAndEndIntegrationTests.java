package cn.xiaoan.education;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * 撤回 and 提前结束 of a county campaign (ADR 0070): only 藤县's bureau, which issued it, does
 * either, with a reason, once; an early end keeps what was done and takes nothing more; a
 * withdrawal takes it off the students' list and the home page, and the schools are told.
 */
@PlatformTest
class CampaignWithdrawAndEndIntegrationTests extends HomeworkTestSupport {

	private static final String RUN = "撤回结束" + (System.currentTimeMillis() % 1_000_000) + "：";

	@Test
	void anEarlyEndKeepsWhatWasDoneAndRefusesEverythingNew() {
		Campaign campaign = countyCampaign(RUN + "冬季防溺水", true);
		Homework hw = assignToStudentsClass(campaign);
		demo.callAs("student", () -> education.studied(hw.id()));
		QuizResult failed = demo.callAs("student",
				() -> education.submitHomework(hw.id(), UUID.randomUUID(), key("DROWNING", false)));
		assertThat(failed.passed()).isFalse();
		settle(campaign.id());

		Campaign ended = demo.callAs("tx_safety", () -> education.endEarly(campaign.id(), "因台风全县停课，提前结束"));
		assertThat(ended.endedEarly()).isTrue();
		assertThat(ended.closing().reason()).isEqualTo("因台风全县停课，提前结束");
		Campaign again = demo.callAs("tx_admin", () -> education.endEarly(campaign.id(), "再次结束"));
		assertThat(again.closing()).as("ending it again changes nothing").isEqualTo(ended.closing());
		assertThat(audited(campaign.id())).isOne();

		assertThat(refusal(() -> demo.callAs("student",
				() -> education.submitHomework(hw.id(), UUID.randomUUID(), key("DROWNING", true)))))
			.isEqualTo("homework.campaign.closed.ENDED");
		long child = demo.studentOf("parent");
		assertThat(refusal(() -> demo.callAs("parent", () -> education.confirmParentPart(hw.id(), child))))
			.isEqualTo("homework.campaign.closed.ENDED");
		assertThat(refusal(() -> demo.callAs("principal", () -> education.remind(hw.id(), studentClass()))))
			.isEqualTo("campaign.closed.noReminder");
		assertThat(refusal(() -> demo.callAs("tx_safety", () -> education.remindBehind(campaign.id(), "R:450422"))))
			.isEqualTo("campaign.closed.noReminder");
		long school = demo.schoolOf("principal");
		assertThat(
				refusal(() -> demo
					.callAs("principal",
							() -> education.assign(new AssignHomework(school, campaign.id(), null, "",
									otherClasses(school), LocalDate.now().plusDays(3), false)))))
			.isEqualTo("homework.campaign.closed.ENDED");

		settle(campaign.id());
		Rates county = demo.callAs("tx_safety", () -> education.rates(campaign.id(), "R:450422")).self();
		assertThat(List.of(county.participated(), county.took(), county.passed()))
			.as("what was done before the end stays counted")
			.isEqualTo(List.of(1, 1, 0));
		MyHomework mine = demo.callAs("student", () -> education.myHomework())
			.stream()
			.filter(h -> h.homeworkId() == hw.id())
			.findFirst()
			.orElseThrow();
		assertThat(mine.open()).isFalse();
		assertThat(mine.closing().reason()).isEqualTo("因台风全县停课，提前结束");
		assertThat(demo.callAs("principal", () -> education.runningAtHome())).extracting(v -> v.campaign().id())
			.doesNotContain(campaign.id());

		// found issued by mistake after all: withdrawn; it is not ended again afterwards
		Campaign withdrawn = demo.callAs("tx_safety", () -> education.withdraw(campaign.id(), "误发，请以市局通知为准"));
		assertThat(withdrawn.withdrawn()).isTrue();
		assertThat(refusal(() -> demo.callAs("tx_safety", () -> education.endEarly(campaign.id(), "结束"))))
			.isEqualTo("campaign.end.withdrawn");
		assertThat(audited(campaign.id())).isEqualTo(2);
	}

	@Test
	void aWithdrawnCampaignLeavesTheStudentsListAndItsSchoolsAreTold() throws Exception {
		Campaign campaign = countyCampaign(RUN + "误发的专题", false);
		Homework hw = assignToStudentsClass(campaign);
		demo.callAs("tx_safety", () -> education.withdraw(campaign.id(), "误发，请忽略"));

		assertThat(demo.callAs("student", () -> education.myHomework())).extracting(MyHomework::homeworkId)
			.doesNotContain(hw.id());
		long student = demo.studentOf("parent");
		MyHomework opened = demo.callAs("student", () -> education.myHomework(hw.id(), student));
		assertThat(opened.closing().kind()).isEqualTo(Campaign.Closing.Kind.WITHDRAWN);
		assertThat(refusal(() -> demo.callAs("student", () -> education.studied(hw.id()))))
			.isEqualTo("homework.campaign.closed.WITHDRAWN");
		assertThat(demo.callAs("principal", () -> education.campaign(campaign.id())).withdrawn())
			.as("its record stays, marked withdrawn")
			.isTrue();
		long school = demo.schoolOf("principal");
		await(() -> demo.jdbc()
			.sql("""
					select count(*) from notification.message where message_key = 'notify.campaign.withdrawn'
					and args[1] = :t and args[3] = :r and audience_school_id = :s""")
			.param("t", campaign.title())
			.param("r", "误发，请忽略")
			.param("s", school)
			.query(Integer.class)
			.single() > 0, "the principal's school is told");

		mvc.perform(get("/campaigns/" + campaign.id()).with(demo.as("principal")))
			.andExpect(content().string(containsString("已撤回")))
			.andExpect(content().string(containsString("误发，请忽略")));
	}

	@Test
	void onlyTheIssuingBureausOfficialsWithdrawOrEndACampaignAndAlwaysWithAReason() throws Exception {
		Campaign campaign = countyCampaign(RUN + "权限", false);
		assertThatThrownBy(() -> demo.callAs("principal", () -> education.withdraw(campaign.id(), "学校不能撤回")))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> demo.callAs("wz_safety", () -> education.endEarly(campaign.id(), "市局不是发布单位")))
			.as("the city above sees it, but did not issue it")
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> demo.callAs("qj_safety", () -> education.withdraw(campaign.id(), "另一个市")))
			.as("another region's bureau does not even find it")
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.callAs("parent", () -> education.withdraw(campaign.id(), "家长")))
			.isInstanceOf(AccessDenied.class);
		assertThat(demo.callAs("principal", () -> education.closable(campaign))).isFalse();
		assertThat(demo.callAs("tx_safety", () -> education.closable(campaign))).isTrue();
		assertThat(refusal(() -> demo.callAs("tx_safety", () -> education.withdraw(campaign.id(), " "))))
			.isEqualTo("campaign.close.reason.required");
		assertThat(audited(campaign.id())).isZero();

		String page = "/campaigns/" + campaign.id();
		mvc.perform(post(page + "/end").with(demo.as("tx_safety"))
			.with(csrf())
			.header("Referer", "http://localhost" + page)
			.param("reason", ""))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("fieldErrors", hasEntry("reason", "请填写原因")));
		mvc.perform(get(page).with(demo.as("tx_safety")))
			.andExpect(content().string(containsString("id=\"withdraw-campaign\"")))
			.andExpect(content().string(containsString("id=\"end-campaign\"")));
		mvc.perform(get(page).with(demo.as("wz_safety")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"withdraw-campaign\""))));
		mvc.perform(post(page + "/end").with(demo.as("tx_safety"))
			.with(csrf())
			.header("Referer", "http://localhost" + page)
			.param("reason", "提前完成"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flash", "campaign.ended.done"));
		mvc.perform(get(page).with(demo.as("tx_safety")))
			.andExpect(content().string(containsString("提前结束了此活动")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"end-campaign\""))));

		// a campaign received from above is withdrawn or ended there only
		demo.jdbc()
			.sql("update education.campaign set from_above = '梧州市' where id = :id")
			.param("id", campaign.id())
			.update();
		assertThatThrownBy(() -> demo.callAs("tx_safety", () -> education.withdraw(campaign.id(), "县里不能撤回")))
			.isInstanceOf(AccessDenied.class);
	}

	private int audited(long campaign) {
		return demo.jdbc().sql("""
				select count(*) from audit.entry where entity_type = 'education.campaign' and entity_id = :id
				and action = 'UPDATE'""").param("id", String.valueOf(campaign)).query(Integer.class).single();
	}

	private List<Long> otherClasses(long school) {
		return demo.jdbc()
			.sql("select class_id from org.class_label where school_id = :s and class_id <> :c order by class_id limit 1")
			.param("s", school)
			.param("c", studentClass())
			.query(Long.class)
			.list();
	}

	private static String refusal(Runnable call) {
		try {
			call.run();
		}
		catch (BusinessRuleViolation refused) {
			return refused.fieldErrors().values().iterator().next();
		}
		throw new AssertionError("not refused");
	}

	private static void await(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as(what + " within 10 s").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

}
