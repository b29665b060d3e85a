package cn.xiaoan.notice;

import java.util.List;
import java.util.Map;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reminder of a school's notice to all its staff reaches, personally, each staff member
 * who has not read it — not the readers, not the school's students or parents.
 */
@PlatformTest
class NoticeStaffReminderIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	NoticeManagement notices;

	@Test
	void aReminderOfANoticeToAllStaffReachesEachUnreadStaffMemberOnly() {
		SendNotice wholeSchool = new SendNotice(NoticeCategory.NOTICE, "全校通知（提醒）", "内容", false, null,
				StaffAudience.ALL_STAFF, null, null, null, false, null, false, false, true);
		NoticeSummary sent = demo.callAs("principal", () -> notices.send(wholeSchool, List.of()));
		demo.callAs("safety", () -> notices.open(sent.id()));

		Reminded reminded = demo.callAs("principal", () -> notices.remind(sent.id()));

		Map<Long, Long> reminders = remindersByAccount(sent.id());
		assertThat(reminders).containsEntry(demo.accountOf("principal"), 1L)
			.doesNotContainKeys(demo.accountOf("safety"), demo.accountOf("student"), demo.accountOf("parent"));
		assertThat(reminders.values()).containsOnly(1L);
		assertThat(reminded.people()).isEqualTo(reminders.size());
	}

	private Map<Long, Long> remindersByAccount(long noticeId) {
		return demo.jdbc()
			.sql("""
					select audience_account_id, count(*) from notification.message
					where message_key = 'notify.notice.reminder' and link = :l and audience_account_id is not null
					group by audience_account_id""")
			.param("l", "/notices/" + noticeId)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
