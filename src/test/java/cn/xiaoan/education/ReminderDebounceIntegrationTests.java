package cn.xiaoan.education;

import java.util.List;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.support.Concurrently;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Reminders are debounced per homework (or campaign school) and person: three clicks once
 * reminded 24 people three times. A repeat within REMINDER_MIN_INTERVAL_HOURS reminds
 * nobody and says when the last reminder went out, on one instance or several.
 */
@PlatformTest
class ReminderDebounceIntegrationTests extends HomeworkTestSupport {

	@Test
	void threeClicksOnRemindGiveEachStudentAndParentOneNotice() throws Exception {
		Homework hw = assignToStudentsClass(countyCampaign("三次催办测试", false));
		String page = "/homework/" + hw.id() + "/classes/" + studentClass();
		MvcResult last = null;
		for (int click = 0; click < 3; click++) {
			last = mvc
				.perform(post(page + "/remind").with(demo.as("principal"))
					.with(csrf())
					.header("Referer", "http://localhost" + page))
				.andReturn();
		}
		String shown = mvc
			.perform(cn.xiaoan.support.RefusedForms.withFlashOf(last, get(page).with(demo.as("principal"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(shown).containsPattern("已于 \\d{2}:\\d{2} 提醒过");
		int perPerson = hw.assigned();
		awaitStable(() -> reminderNotices(hw.title()));
		// each student and each of their parents hears once
		assertThat(peopleReminded(hw.title())).isGreaterThan(perPerson);
		assertThat(reminderNotices(hw.title())).isEqualTo(peopleReminded(hw.title()));
		assertThat(demo.jdbc()
			.sql("select count(*) from education.assignment where homework_id = :h and reminded_at is not null")
			.param("h", hw.id())
			.query(Integer.class)
			.single()).isEqualTo(perPerson);
	}

	@Test
	void parallelClicksOnTwoInstancesRemindEachStudentOnce() throws Exception {
		Homework hw = assignToStudentsClass(countyCampaign("并发催办测试", false));
		long classId = studentClass();
		List<Integer> reminded = Concurrently.run(() -> remindOrZero(hw.id(), classId),
				() -> remindOrZero(hw.id(), classId), () -> remindOrZero(hw.id(), classId));
		assertThat(reminded.stream().mapToInt(Integer::intValue).sum()).isEqualTo(hw.assigned());
	}

	@Test
	void aBureauRemindsABehindSchoolOncePerInterval() {
		Campaign campaign = countyCampaign("学校催办测试", false);
		assignToStudentsClass(campaign);
		settle(campaign.id());
		String county = "R:" + demo.jdbc()
			.sql("select substr(region_code, 1, 6) from org.school where id = :s")
			.param("s", demo.schoolOf("principal"))
			.query(String.class)
			.single();
		int first = demo.callAs("tx_safety", () -> education.remindBehind(campaign.id(), county));
		assertThat(first).isPositive();
		assertThatThrownBy(() -> demo.callAs("tx_safety", () -> education.remindBehind(campaign.id(), county)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.fieldErrors()).containsEntry("remind", "education.remind.already"));
	}

	private int remindOrZero(long homework, long classId) {
		try {
			return demo.callAs("principal", () -> education.remind(homework, classId));
		}
		catch (BusinessRuleViolation ex) {
			return 0;
		}
	}

	private int reminderNotices(String title) {
		return demo.jdbc()
			.sql("""
					select count(*) from notification.message
					where message_key = 'notify.homework.reminder' and args[1] = :t""")
			.param("t", title)
			.query(Integer.class)
			.single();
	}

	/** How many accounts (students and parents) heard the reminder. */
	private int peopleReminded(String title) {
		return demo.jdbc()
			.sql("""
					select count(distinct audience_account_id) from notification.message
					where message_key = 'notify.homework.reminder' and args[1] = :t""")
			.param("t", title)
			.query(Integer.class)
			.single();
	}

	private static void awaitStable(java.util.function.IntSupplier count) throws InterruptedException {
		int seen = -1;
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < deadline) {
			int now = count.getAsInt();
			if (now > 0 && now == seen) {
				return;
			}
			seen = now;
			Thread.sleep(1000);
		}
	}

}
