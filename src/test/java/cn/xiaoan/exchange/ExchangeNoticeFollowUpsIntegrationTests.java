package cn.xiaoan.exchange;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.exchange.ExchangeThreeLevelsIntegrationTests.Installation;
import cn.xiaoan.notice.NoticeCategory;
import cn.xiaoan.notice.NoticeDetail;
import cn.xiaoan.notice.NoticeManagement;
import cn.xiaoan.notice.NoticeStatus;
import cn.xiaoan.notice.NoticeSummary;
import cn.xiaoan.notice.SendNotice;
import cn.xiaoan.notice.StaffAudience;
import cn.xiaoan.org.SchoolType;
import cn.xiaoan.platform.EmbeddedServer;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.TodoSource;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.SECRET;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.awaitOutbox;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.cityPeer;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.county;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the province does with its notices after sending them reaches the county (藤县, this
 * platform with the demo) through the city, two levels down (ADR 0067): a notice no
 * school of the province or the city matches is still sent and relayed; a reminder
 * reaches only the county's unread schools and bureaus; a withdrawal withdraws the
 * county's copy (no longer unread, no to-do, shown withdrawn without its content);
 * envelopes resent, under their sequence or another, change nothing, and a reminder after
 * the withdrawal does nothing.
 */
@PlatformTest
class ExchangeNoticeFollowUpsIntegrationTests {

	static final String RUN = "联网撤回" + (System.currentTimeMillis() % 1_000_000) + "：";

	@Autowired
	EmbeddedServer database;

	@Autowired
	Demo demo;

	@Autowired
	NoticeManagement notices;

	@Autowired
	List<TodoSource> todos;

	@Autowired
	Peers peers;

	@Autowired
	ExchangePush push;

	@LocalServerPort
	int port;

	@AfterEach
	void noPeersLeft() {
		demo.jdbc().sql("delete from exchange.peer").update();
		demo.jdbc().sql("delete from notice.notice where title like :t").param("t", RUN + "%").update();
	}

	@Test
	void theProvincesWithdrawalAndReminderReachTheCountyOnceAndInOrder() throws Exception {
		try (ConfigurableApplicationContext province = SecondInstance.startInstallation(database, "exchange_follow_top",
				"--xiaoan.exchange.installation=province", "--xiaoan.exchange.push-delay=PT1H");
				ConfigurableApplicationContext city = SecondInstance.startInstallation(database,
						"exchange_follow_middle", "--xiaoan.exchange.installation=city",
						"--xiaoan.exchange.push-delay=PT1H")) {
			CityInstallation.seed(province);
			CityInstallation.seed(city);
			Installation top = new Installation(province);
			Installation middle = new Installation(city);
			long provinceDown = top.peers()
				.save(new SavePeer("city", "梧州市", url(city), "450400", PeerDirection.DOWN, SECRET));
			middle.peers().save(new SavePeer("province", "广西", url(province), "450000", PeerDirection.UP, SECRET));
			long cityDown = middle.peers().save(county(port));
			peers.save(cityPeer(url(city)));

			// the demo school's type: the province and the city keep one junior school
			// each
			String type = demo.jdbc()
				.sql("select type from org.school where id = :s")
				.param("s", demo.schoolOf("principal"))
				.query(String.class)
				.single();
			assertThat(type).isNotEqualTo(SchoolType.JUNIOR.name());
			NoticeSummary typed = send(province, notice(RUN + "高中寄宿生安全通知", "", List.of(SchoolType.valueOf(type)), false,
					LocalDateTime.now().plusDays(3).truncatedTo(ChronoUnit.MINUTES)));
			NoticeDetail sent = CityInstallation.asBureau("450000",
					() -> province.getBean(NoticeManagement.class).open(typed.id()));
			assertThat(sent.localUnits()).as("no school of the province matches").isZero();
			assertThat(sent.installationsBelow()).as("the city's installation receives it").isEqualTo(1);
			// nothing here and no installation below 桂林 (4503): refused on the form
			assertThatThrownBy(() -> send(province, notice(RUN + "无人接收", "450300", List.of(), false, null)))
				.isInstanceOf(BusinessRuleViolation.class)
				.satisfies(e -> assertThat(((BusinessRuleViolation) e).fieldErrors()).containsEntry("targets",
						"notice.targets.nobody"));
			NoticeSummary all = send(province, notice(RUN + "冬季安全通知", "", List.of(), true, null));
			down(top, provinceDown, 2);
			down(middle, cityDown, 2);
			assertThat(middle.db()
				.sql("select unit_count from notice.notice where relayed and title like :t")
				.param("t", RUN + "高中%")
				.query(Integer.class)
				.list()).as("the city keeps it without units, to pass it on").containsExactly(0);
			long countyTyped = ofPrincipal(RUN + "高中").id();
			long countyAll = ofPrincipal(RUN + "冬季").id();
			assertThat(todosOfPrincipal()).contains("/notices/" + countyTyped);

			// the principal reads the notice to all; the province reminds the unread
			demo.runAs("principal", () -> notices.open(countyAll));
			CityInstallation.asBureau("450000", () -> province.getBean(NoticeManagement.class).remind(all.id()));
			down(top, provinceDown, 3);
			down(middle, cityDown, 3);
			int units = demo.jdbc()
				.sql("select unit_count from notice.notice where id = :id")
				.param("id", countyAll)
				.query(Integer.class)
				.single();
			assertThat(reminded(countyAll)).as("every unit of 藤县 but the school that read it")
				.hasSize(units - 1)
				.doesNotContain(demo.schoolOf("principal"));

			// the province withdraws the typed notice: the county's copy two levels down
			long unread = demo.callAs("principal", () -> notices.unreadCount());
			CityInstallation.asBureau("450000", () -> province.getBean(NoticeManagement.class).withdraw(typed.id()));
			down(top, provinceDown, 4);
			down(middle, cityDown, 4);
			NoticeDetail withdrawn = demo.callAs("principal", () -> notices.open(countyTyped));
			assertThat(withdrawn.summary().status()).isEqualTo(NoticeStatus.WITHDRAWN);
			assertThat(withdrawn.body()).isEmpty();
			assertThat(demo.callAs("principal", () -> notices.unreadCount())).isEqualTo(unread - 1);
			assertThat(todosOfPrincipal()).doesNotContain("/notices/" + countyTyped);
			assertThat(ofPrincipal(RUN + "高中").status()).as("listed, withdrawn").isEqualTo(NoticeStatus.WITHDRAWN);
			Instant withdrawnAt = withdrawn.summary().withdrawnAt();

			// everything resent, and the reminder again under a new sequence: nothing
			// changes
			top.db().sql("update exchange.outbox set sent_at = null").update();
			middle.db().sql("update exchange.outbox set sent_at = null").update();
			middle.db()
				.sql("""
						insert into exchange.outbox (peer_id, kind, version, body)
						select peer_id, kind, version, body from exchange.outbox where kind = 'notice.reminded'""")
				.update();
			drain(top.push(), top.db(), provinceDown);
			drain(middle.push(), middle.db(), cityDown);
			assertThat(reminded(countyAll)).hasSize(units - 1);
			assertThat(ofPrincipal(RUN + "高中")).satisfies(n -> assertThat(n.withdrawnAt()).isEqualTo(withdrawnAt));
			assertThat(demo.jdbc()
				.sql("select count(*) from notice.notice where relayed and title like :t")
				.param("t", RUN + "%")
				.query(Long.class)
				.single()).isEqualTo(2);

			// the other notice withdrawn too; a reminder arriving after it does nothing
			CityInstallation.asBureau("450000", () -> province.getBean(NoticeManagement.class).withdraw(all.id()));
			down(top, provinceDown, 5);
			down(middle, cityDown, 6);
			long cityAll = middle.db()
				.sql("select local_id from exchange.received_notice where remote_id = :r")
				.param("r", all.id())
				.query(Long.class)
				.single();
			late(top.db(), provinceDown, all.id());
			late(middle.db(), cityDown, cityAll);
			drain(top.push(), top.db(), provinceDown);
			drain(middle.push(), middle.db(), cityDown);
			assertThat(reminded(countyAll)).hasSize(units - 1);
			assertThat(middle.db()
				.sql("select count(*) from exchange.outbox where peer_id = :p")
				.param("p", cityDown)
				.query(Long.class)
				.single()).as("the city passes no reminder of a withdrawn notice on").isEqualTo(7);
		}
	}

	/**
	 * Waits for {@code count} envelopes of the installation to the peer below, and sends
	 * them.
	 */
	private static void down(Installation from, long peer, int count) {
		awaitOutbox(from.db(), peer, count);
		drain(from.push(), from.db(), peer);
	}

	/** A reminder of the notice queued for the peer below, later than any made. */
	private static void late(JdbcClient db, long peer, long notice) {
		db.sql("""
				insert into exchange.outbox (peer_id, kind, version, body)
				values (:p, 'notice.reminded', 1, cast(:b as jsonb))""")
			.param("p", peer)
			.param("b", "{\"noticeId\":" + notice + ",\"remindedAt\":\"" + Instant.now().plusSeconds(60) + "\"}")
			.update();
	}

	private static SendNotice notice(String title, String region, List<SchoolType> types, boolean bureaus,
			LocalDateTime readBy) {
		return new SendNotice(NoticeCategory.NOTICE, title, "请各地各校认真落实。", readBy != null, readBy, StaffAudience.LEADERS,
				region, types, List.of(), bureaus, List.of(), false, false, true);
	}

	private static NoticeSummary send(ConfigurableApplicationContext province, SendNotice notice) {
		return CityInstallation.asBureau("450000",
				() -> province.getBean(NoticeManagement.class).send(notice, List.of()));
	}

	private NoticeSummary ofPrincipal(String titlePrefix) {
		List<NoticeSummary> found = demo.callAs("principal",
				() -> notices.received().stream().filter(n -> n.title().startsWith(titlePrefix)).toList());
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private List<String> todosOfPrincipal() {
		return demo.callAs("principal",
				() -> todos.stream()
					.flatMap(t -> t.todosFor(Callers.current(), Locale.SIMPLIFIED_CHINESE, 50).stream())
					.map(TodoSource.Todo::href)
					.toList());
	}

	/** The schools (or, for a bureau, null) the county reminded of its copy. */
	private List<Long> reminded(long countyNotice) {
		return demo.jdbc()
			.sql("""
					select audience_school_id from notification.message
					where message_key = 'notify.notice.reminder' and link = :l""")
			.param("l", "/notices/" + countyNotice)
			.query((rs, n) -> (Long) rs.getObject(1))
			.list();
	}

	private static String url(ConfigurableApplicationContext instance) {
		return "http://localhost:" + SecondInstance.port(instance);
	}

}
