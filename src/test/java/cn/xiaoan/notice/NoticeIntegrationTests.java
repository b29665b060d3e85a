package cn.xiaoan.notice;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.TodoSource;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Notices reach only whom their sender may address, count each reader once, remind only
 * the unread (once per cooldown), refuse unfit attachments and stay visible, withdrawn,
 * to their recipients.
 */
@PlatformTest
class NoticeIntegrationTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	Demo demo;

	@Autowired
	NoticeManagement notices;

	@Autowired
	NoticeReceipts receipts;

	@Autowired
	NoticeDelivery delivery;

	@Autowired
	List<TodoSource> todos;

	private static SendNotice toCounty(String title, LocalDateTime readBy, List<Long> schools) {
		return new SendNotice(NoticeCategory.NOTICE, title, "请各校认真落实。\n第二行", readBy != null, readBy,
				StaffAudience.LEADERS, null, null, schools, false, null, false, false, true);
	}

	private static SendNotice toClass(String title, long classId, boolean students, boolean parents) {
		return new SendNotice(NoticeCategory.REMINDER, title, "请家长督促孩子注意安全。", true, LocalDateTime.now().plusDays(2),
				StaffAudience.NONE, null, null, null, false, List.of(classId), students, parents, true);
	}

	private long demoClass() {
		return demo.jdbc()
			.sql("select class_id from people.student where id = :s")
			.param("s", demo.studentOf("parent"))
			.query(Long.class)
			.single();
	}

	@Test
	void aCountyNoticeCountsEachReaderOnceAndASchoolAtItsFirstReader() {
		int schools = demo.schoolsIn("450422").size();
		NoticeSummary sent = demo.callAs("tx_safety", () -> notices.send(toCounty("冬季消防（计数）", null, null), List.of()));
		assertThat(sent.units()).isEqualTo(schools);
		demo.callAs("principal", () -> notices.open(sent.id()));
		demo.callAs("principal", () -> notices.open(sent.id()));
		demo.callAs("safety", () -> notices.open(sent.id()));
		NoticeSummary after = demo.callAs("tx_safety", () -> notices.sentNotice(sent.id()));
		assertThat(after.readers()).isEqualTo(2);
		assertThat(after.readUnits()).isEqualTo(1);
		ReceiptTally city = demo.callAs("wz_safety", () -> receipts.tally(sent.id(), null));
		assertThat(city.region().readUnits()).isEqualTo(1);
		assertThat(city.region().units()).isEqualTo(schools);
		List<UnitLine> read = demo.callAs("tx_safety", () -> receipts.units(sent.id(), null, ReadFilter.READ, 0, 50));
		assertThat(read).singleElement().satisfies(u -> {
			assertThat(u.ref()).isEqualTo(String.valueOf(demo.schoolOf("principal")));
			assertThat(u.readers()).isEqualTo(2);
		});
		assertThat(demo.callAs("tx_safety", () -> receipts.readers(sent.id(), read.get(0).unitKey()))).hasSize(2);
	}

	@Test
	void anotherCountysNoticeSchoolOrClassIsNotFound() {
		NoticeSummary sent = demo.callAs("tx_safety", () -> notices.send(toCounty("冬季消防（越权）", null, null), List.of()));
		assertThatThrownBy(() -> demo.callAs("sz_safety", () -> notices.open(sent.id()))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.callAs("principal2", () -> notices.open(sent.id()))).isInstanceOf(NotFound.class);
		long yunnan = demo.schoolOf("principal2");
		assertThatThrownBy(
				() -> demo.callAs("tx_safety", () -> notices.send(toCounty("越权学校", null, List.of(yunnan)), List.of())))
			.isInstanceOf(NotFound.class);
		long foreignClass = demo.jdbc()
			.sql("select id from org.school_class where school_id = :s limit 1")
			.param("s", yunnan)
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> demo.callAs("principal",
				() -> notices.send(toClass("越权班级", foreignClass, false, true), List.of())))
			.isInstanceOf(NotFound.class);
	}

	@Test
	void aTeacherCannotSendAndAHeadTeacherReachesOnlyTheirOwnClass() {
		SendNotice wholeSchool = new SendNotice(NoticeCategory.NOTICE, "全校通知", "内容", false, null,
				StaffAudience.ALL_STAFF, null, null, null, false, null, false, false, true);
		assertThatThrownBy(() -> demo.callAs("teacher", () -> notices.send(wholeSchool, List.of())))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> demo.callAs("headteacher", () -> notices.send(wholeSchool, List.of())))
			.isInstanceOf(AccessDenied.class);
		Long own = demo.jdbc()
			.sql("select s.head_class_id from people.staff s join people.account a on a.person_id = s.id where a.username = 'headteacher'")
			.query(Long.class)
			.single();
		long other = demo.jdbc()
			.sql("select id from org.school_class where school_id = :s and id <> :c order by id limit 1")
			.param("s", demo.schoolOf("headteacher"))
			.param("c", own)
			.query(Long.class)
			.single();
		assertThatThrownBy(
				() -> demo.callAs("headteacher", () -> notices.send(toClass("别班", other, false, true), List.of())))
			.isInstanceOf(AccessDenied.class);
		NoticeSummary mine = demo.callAs("headteacher",
				() -> notices.send(toClass("本班家长会", own, false, true), List.of()));
		assertThat(mine.units()).isEqualTo(1);
	}

	@Test
	void aBureauNeverSeesTheStudentsOfASchoolsNotice() {
		NoticeSummary sent = demo.callAs("principal",
				() -> notices.send(toClass("防溺水（保密）", demoClass(), true, true), List.of()));
		assertThat(demo.callAs("principal", () -> receipts.students(sent.id(), demoClass()))).isNotEmpty();
		assertThatThrownBy(() -> demo.callAs("tx_safety", () -> notices.open(sent.id()))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.callAs("tx_safety", () -> receipts.students(sent.id(), demoClass())))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.callAs("teacher", () -> receipts.students(sent.id(), demoClass())))
			.isInstanceOf(AccessDenied.class);
	}

	@Test
	void remindersReachOnlyTheUnreadAndWaitForTheCooldown() {
		NoticeSummary sent = demo.callAs("principal",
				() -> notices.send(toClass("防溺水（提醒）", demoClass(), true, true), List.of()));
		demo.callAs("parent", () -> notices.open(sent.id()));
		Reminded reminded = demo.callAs("principal", () -> notices.remind(sent.id()));
		long parentAccount = account("parent");
		assertThat(reminders(sent.id(), parentAccount)).isZero();
		assertThat(reminders(sent.id(), account("student"))).isEqualTo(1);
		assertThat(reminded.people()).isPositive();
		assertThatThrownBy(() -> demo.callAs("principal", () -> notices.remind(sent.id())))
			.isInstanceOf(BusinessRuleViolation.class)
			.satisfies(e -> assertThat(((BusinessRuleViolation) e).fieldErrors()).containsKey("remind"));

		NoticeSummary county = demo.callAs("tx_safety",
				() -> notices.send(toCounty("冬季消防（提醒）", null, null), List.of()));
		demo.callAs("principal", () -> notices.open(county.id()));
		demo.callAs("tx_safety", () -> notices.remind(county.id()));
		List<Long> remindedSchools = demo.jdbc()
			.sql("select audience_school_id from notification.message where message_key = 'notify.notice.reminder' and link = :l")
			.param("l", "/notices/" + county.id())
			.query(Long.class)
			.list();
		assertThat(remindedSchools).hasSize(county.units() - 1).doesNotContain(demo.schoolOf("principal"));
	}

	@Test
	void theAutomaticReminderBeforeTheDeadlineComesOnce() {
		NoticeSummary sent = demo.callAs("tx_safety",
				() -> notices.send(toCounty("冬季消防（自动提醒）", LocalDateTime.now().plusHours(2), null), List.of()));
		Instant later = Instant.now().plus(Duration.ofMinutes(90));
		assertThat(delivery.remindBeforeDeadlines(later)).isPositive();
		assertThat(delivery.remindBeforeDeadlines(later)).isZero();
		assertThat(demo.jdbc()
			.sql("select count(*) from notification.message where message_key = 'notify.notice.reminder' and link = :l")
			.param("l", "/notices/" + sent.id())
			.query(Long.class)
			.single()).isEqualTo(sent.units());
	}

	@Test
	void aWithdrawnNoticeIsNotRemindedBeforeItsDeadline() {
		NoticeSummary sent = demo.callAs("tx_safety",
				() -> notices.send(toCounty("冬季消防（撤回后不提醒）", LocalDateTime.now().plusHours(2), null), List.of()));
		demo.callAs("tx_safety", () -> notices.withdraw(sent.id()));
		delivery.remindBeforeDeadlines(Instant.now().plus(Duration.ofMinutes(90)));
		assertThat(demo.jdbc()
			.sql("select count(*) from notification.message where message_key = 'notify.notice.reminder' and link = :l")
			.param("l", "/notices/" + sent.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void attachmentsOfTheWrongTypeOrTooLargeAreRefusedOnTheirField() {
		SendNotice notice = toCounty("附件检查", null, null);
		assertThatThrownBy(() -> demo.callAs("tx_safety",
				() -> notices.send(notice,
						List.of(new SendNotice.Attachment("setup.exe",
								"MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))))))
			.isInstanceOf(BusinessRuleViolation.class)
			.satisfies(e -> assertThat(((BusinessRuleViolation) e).fieldErrors()).containsKey("attachments"));
		assertThatThrownBy(() -> demo.callAs("tx_safety", () -> notices.send(notice,
				List.of(new SendNotice.Attachment("big.pdf", new byte[cn.xiaoan.file.Files.MAX_DOCUMENT_BYTES + 1])))))
			.isInstanceOf(BusinessRuleViolation.class)
			.satisfies(e -> assertThat(((BusinessRuleViolation) e).fieldErrors()).containsKey("attachments"));
		assertThatThrownBy(() -> demo.callAs("tx_safety",
				() -> notices.send(notice, List.of(new SendNotice.Attachment("renamed.docx", PDF)))))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void aWithdrawnNoticeStaysListedWithoutItsContent() {
		NoticeSummary sent = demo.callAs("tx_safety", () -> notices.send(toCounty("冬季消防（撤回）", null, null),
				List.of(new SendNotice.Attachment("检查表.pdf", PDF))));
		NoticeDetail before = demo.callAs("principal", () -> notices.open(sent.id()));
		assertThat(before.attachments()).hasSize(1);
		String file = before.attachments().get(0).fileId();
		assertThat(demo.callAs("principal", () -> notices.attachment(sent.id(), java.util.UUID.fromString(file)))
			.file()
			.contentType()).isEqualTo("application/pdf");
		assertThatThrownBy(
				() -> demo.callAs("principal2", () -> notices.attachment(sent.id(), java.util.UUID.fromString(file))))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.callAs("principal", () -> notices.withdraw(sent.id())))
			.isInstanceOf(AccessDenied.class);
		demo.callAs("tx_safety", () -> notices.withdraw(sent.id()));
		NoticeDetail after = demo.callAs("principal", () -> notices.open(sent.id()));
		assertThat(after.summary().status()).isEqualTo(NoticeStatus.WITHDRAWN);
		assertThat(after.body()).isEmpty();
		assertThat(after.attachments()).isEmpty();
		assertThat(demo.callAs("principal", () -> notices.received())).anySatisfy(n -> {
			assertThat(n.id()).isEqualTo(sent.id());
			assertThat(n.status()).isEqualTo(NoticeStatus.WITHDRAWN);
		});
		assertThatThrownBy(
				() -> demo.callAs("principal", () -> notices.attachment(sent.id(), java.util.UUID.fromString(file))))
			.isInstanceOf(NotFound.class);
	}

	@Test
	void aBureauNoticeReachingNobodyHereNorBelowIsRefusedOnTheForm() {
		// a township code of 藤县 without schools, and no installation below
		SendNotice nobody = new SendNotice(NoticeCategory.NOTICE, "冬季消防（无人接收）", "请落实。", false, null,
				StaffAudience.LEADERS, "450422199", null, null, false, null, false, false, true);
		assertThatThrownBy(() -> demo.callAs("tx_safety", () -> notices.send(nobody, List.of())))
			.isInstanceOf(BusinessRuleViolation.class)
			.satisfies(e -> assertThat(((BusinessRuleViolation) e).fieldErrors()).containsEntry("targets",
					"notice.targets.nobody"));
	}

	@Test
	void anUnreadNoticeWithADeadlineIsATodoUntilItIsRead() {
		NoticeSummary sent = demo.callAs("tx_safety",
				() -> notices.send(toCounty("冬季消防（待办）", LocalDateTime.now().plusDays(1), null), List.of()));
		String link = "/notices/" + sent.id();
		assertThat(todosOf("safety")).contains(link);
		demo.callAs("safety", () -> notices.open(sent.id()));
		assertThat(todosOf("safety")).doesNotContain(link);
	}

	private List<String> todosOf(String user) {
		return demo.callAs(user,
				() -> todos.stream()
					.filter(t -> t instanceof NoticeTodos)
					.flatMap(t -> t.todosFor(cn.xiaoan.shared.Callers.current(), Locale.CHINA, 50).stream())
					.map(TodoSource.Todo::href)
					.toList());
	}

	private long account(String username) {
		return demo.jdbc()
			.sql("select id from people.account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	private long reminders(long noticeId, long accountId) {
		return demo.jdbc()
			.sql("select count(*) from notification.message where message_key = 'notify.notice.reminder' and link = :l and audience_account_id = :a")
			.param("l", "/notices/" + noticeId)
			.param("a", accountId)
			.query(Long.class)
			.single();
	}

}
