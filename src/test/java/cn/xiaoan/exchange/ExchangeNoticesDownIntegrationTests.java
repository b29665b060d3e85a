package cn.xiaoan.exchange;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.City;
import cn.xiaoan.notice.NoticeCategory;
import cn.xiaoan.notice.NoticeDetail;
import cn.xiaoan.notice.NoticeManagement;
import cn.xiaoan.notice.NoticeReceipts;
import cn.xiaoan.notice.NoticeSummary;
import cn.xiaoan.notice.ReadFilter;
import cn.xiaoan.notice.ReceiptTally;
import cn.xiaoan.notice.SendNotice;
import cn.xiaoan.notice.StaffAudience;
import cn.xiaoan.notice.UnitLine;
import cn.xiaoan.org.SchoolType;
import cn.xiaoan.platform.EmbeddedServer;
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

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.TENGXIAN;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.awaitOutbox;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.cityPeer;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.county;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.cut;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.pending;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.restore;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notices (通知公告) down: the city bureau (梧州市, its own installation and database) sends a
 * notice while the link to the county (藤县, this platform with the demo) is cut; when the
 * link is back the county's schools and bureaus receive it exactly as the city addressed
 * it — the same fan-out, its attachment, a to-do for the reading deadline — under 发布单位
 * 梧州市; the schools' readings come back up into the city's receipt tally, marked as the
 * county's; everything resent changes nothing.
 */
@PlatformTest
class ExchangeNoticesDownIntegrationTests {

	/** Titles of this run: the shared demo database outlives a run. */
	static final String RUN = "联网通知" + (System.currentTimeMillis() % 1_000_000) + "：";

	static final byte[] PDF = "%PDF-1.4\n% 防溺水工作方案\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

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
	void aCityNoticeReachesTheCountyAsAddressedAndItsReceiptsComeBackUpOnce() throws Exception {
		try (ConfigurableApplicationContext city = SecondInstance.startInstallation(database, "exchange_notices",
				"--xiaoan.exchange.installation=city", "--xiaoan.exchange.push-delay=PT1H")) {
			City above = new City(city);
			long down = above.peers.save(county(port));
			long up = peers.save(cityPeer("http://localhost:" + SecondInstance.port(city)));

			// cut: the city sends to its schools' leaders and the bureaus below, with a
			// reading deadline and an attachment
			cut(above, peers);
			LocalDateTime readBy = LocalDateTime.now().plusDays(3).truncatedTo(ChronoUnit.MINUTES);
			NoticeSummary sent = send(city, notice(RUN + "防溺水工作通知", readBy, List.of(), true),
					List.of(new SendNotice.Attachment("防溺水工作方案.pdf", PDF)));
			awaitOutbox(above.db, down, 1);
			above.push.push(down);
			assertThat(pending(above.db, down)).isEqualTo(1);
			assertThat(received()).isEmpty();

			// back: the county addresses what the city addressed, among its own
			restore(above, peers, port, city);
			drain(above.push, above.db, down);
			NoticeSummary here = single(ofPrincipal(RUN + "防溺水"));
			assertThat(here.senderName()).isEqualTo(sent.senderName()).isEqualTo("梧州市");
			assertThat(here.receiptRequired()).isTrue();
			assertThat(here.readBy()).isEqualTo(readBy.atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
			int schools = count("select count(*) from org.school where region_code like '450422%'");
			int bureaus = count("select count(*) from org.region where code like '450422%' and retired_at is null");
			assertThat(here.units()).as("every school of 藤县 and every bureau there").isEqualTo(schools + bureaus);
			assertThat(demo.callAs("tx_admin", () -> notices.received()).stream().map(NoticeSummary::id))
				.as("the county bureau is a lower bureau of the city")
				.contains(here.id());
			assertThat(demo.callAs("principal",
					() -> todos.stream()
						.flatMap(t -> t.todosFor(Callers.current(), Locale.SIMPLIFIED_CHINESE, 50).stream())
						.map(TodoSource.Todo::href)
						.toList()))
				.contains("/notices/" + here.id());

			// the principal reads it, with its attachment; the reading goes up
			NoticeDetail opened = demo.callAs("principal", () -> notices.open(here.id()));
			assertThat(opened.attachments()).extracting(NoticeDetail.AttachmentView::fileName)
				.containsExactly("防溺水工作方案.pdf");
			assertThat(demo.callAs("principal", () -> bytes(
					notices.attachment(here.id(), java.util.UUID.fromString(opened.attachments().get(0).fileId())))))
				.isEqualTo(PDF);
			awaitOutbox(demo.jdbc(), up, 2);
			drain(push, demo.jdbc(), up);
			ReceiptTally.Row tengxian = tengxianRow(city, sent.id());
			assertThat(tengxian.units()).isEqualTo(schools + bureaus);
			assertThat(tengxian.readUnits()).isEqualTo(1);
			assertThat(tengxian.source()).isEqualTo("藤县");
			List<UnitLine> lines = CityInstallation.asBureau("450400",
					() -> city.getBean(NoticeReceipts.class).units(sent.id(), "450422", ReadFilter.READ, 0, 50));
			assertThat(lines).singleElement().satisfies(line -> {
				assertThat(line.unitKey()).startsWith("S:" + demo.schoolOf("principal") + "@");
				assertThat(line.source()).isEqualTo("藤县");
				assertThat(line.readBy()).as("nobody's name goes up").isNull();
			});

			// cut again: the county bureau reads it; nothing is lost
			cut(above, peers);
			demo.runAs("tx_admin", () -> notices.open(here.id()));
			awaitOutbox(demo.jdbc(), up, 3);
			push.push(up);
			assertThat(tengxianRow(city, sent.id()).readUnits()).isEqualTo(1);
			restore(above, peers, port, city);
			drain(push, demo.jdbc(), up);
			assertThat(tengxianRow(city, sent.id()).readUnits()).isEqualTo(2);

			// a notice to one school type (that of the demo's school; the city has one of
			// that type too) reaches the schools of 藤县 of that type only
			String type = demo.jdbc()
				.sql("select type from org.school where id = :s")
				.param("s", demo.schoolOf("principal"))
				.query(String.class)
				.single();
			above.db.sql("""
					insert into org.school (code, name, type, region_code)
					values ('4504030098', '梧州市同类学校', :t, '450403001')""").param("t", type).update();
			int ofType = count(
					"select count(*) from org.school where region_code like '450422%' and type = '" + type + "'");
			int all = count("select count(*) from org.school where region_code like '450422%'");
			assertThat(ofType).as("藤县 has schools of other types too").isLessThan(all);
			NoticeSummary typed = send(city, notice(RUN + "同类学校开学安全检查", null, List.of(SchoolType.valueOf(type)), false),
					List.of());
			awaitOutbox(above.db, down, 2);
			drain(above.push, above.db, down);
			assertThat(relayedUnits(RUN + "同类学校")).containsExactly(ofType);

			// everything is sent again, as after lost answers: nothing is doubled
			int cityUnits = summary(city, sent.id()).units();
			demo.jdbc().sql("update exchange.outbox set sent_at = null").update();
			above.db.sql("update exchange.outbox set sent_at = null").update();
			drain(above.push, above.db, down);
			drain(push, demo.jdbc(), up);
			assertThat(received()).containsExactlyInAnyOrder(sent.id(), typed.id());
			assertThat(ofPrincipal(RUN + "防溺水")).hasSize(1);
			assertThat(summary(city, sent.id()).units()).isEqualTo(cityUnits);
			assertThat(tengxianRow(city, sent.id()).readUnits()).isEqualTo(2);

			catchUpAfterACut(above, city, down, up);
		}
	}

	/**
	 * The figure of ADR 0061: a cut during which the city sends 20 notices with an
	 * attachment each; the time from the link's return until the county has addressed and
	 * delivered them all, then until their receipts are in the city's tallies.
	 */
	private void catchUpAfterACut(City above, ConfigurableApplicationContext city, long down, long up)
			throws Exception {
		cut(above, peers);
		int n = 20;
		for (int i = 1; i <= n; i++) {
			send(city, notice(RUN + "压测通知" + i, null, List.of(), true),
					List.of(new SendNotice.Attachment("附件" + i + ".pdf", PDF)));
		}
		awaitOutbox(above.db, down, 2 + n);
		long before = received().size();
		restore(above, peers, port, city);
		long started = System.nanoTime();
		drain(above.push, above.db, down);
		double downSeconds = (System.nanoTime() - started) / 1e9;
		long upStarted = System.nanoTime();
		drain(push, demo.jdbc(), up);
		double upSeconds = (System.nanoTime() - upStarted) / 1e9;
		System.out.printf("EXCHANGE-NOTICES down %d notices (fan-out, attachment, inbox) in %.2f s; "
				+ "their units up into the city's tallies in %.2f s%n", n, downSeconds, upSeconds);
		assertThat(received()).hasSize((int) before + n);
		int county = count("select count(*) from org.school where region_code like '450422%'")
				+ count("select count(*) from org.region where code like '450422%' and retired_at is null");
		assertThat(above.db.sql("""
				select count(*) from notice.unit u join notice.notice n on n.id = u.notice_id
				where u.source is not null and n.title like :t""").param("t", RUN + "压测通知%").query(Long.class).single())
			.as("every unit of 藤县, once")
			.isEqualTo((long) n * county);
	}

	private static SendNotice notice(String title, LocalDateTime readBy, List<SchoolType> types, boolean bureaus) {
		return new SendNotice(NoticeCategory.NOTICE, title, "请各地各校认真落实。", readBy != null, readBy, StaffAudience.LEADERS,
				"", types, List.of(), bureaus, List.of(), false, false, true);
	}

	private static NoticeSummary send(ConfigurableApplicationContext city, SendNotice notice,
			List<SendNotice.Attachment> files) {
		return CityInstallation.asBureau("450400", () -> city.getBean(NoticeManagement.class).send(notice, files));
	}

	private static NoticeSummary summary(ConfigurableApplicationContext city, long id) {
		return CityInstallation.asBureau("450400", () -> city.getBean(NoticeManagement.class).sentNotice(id));
	}

	/** The row of 藤县 in the city's receipt tally of its notice. */
	private static ReceiptTally.Row tengxianRow(ConfigurableApplicationContext city, long id) {
		ReceiptTally tally = CityInstallation.asBureau("450400",
				() -> city.getBean(NoticeReceipts.class).tally(id, null));
		return tally.children().stream().filter(r -> r.prefix().equals(TENGXIAN)).findFirst().orElseThrow();
	}

	private List<NoticeSummary> ofPrincipal(String titlePrefix) {
		return demo.callAs("principal",
				() -> notices.received().stream().filter(n -> n.title().startsWith(titlePrefix)).toList());
	}

	/** The units a notice received from the city addressed here. */
	private List<Integer> relayedUnits(String titlePrefix) {
		return demo.jdbc()
			.sql("select unit_count from notice.notice where relayed and title like :t")
			.param("t", titlePrefix + "%")
			.query(Integer.class)
			.list();
	}

	private int count(String sql) {
		return demo.jdbc().sql(sql).query(Integer.class).single();
	}

	/** The city's notices the county received, by their id at the city. */
	private List<Long> received() {
		return demo.jdbc()
			.sql("select remote_id from exchange.received_notice order by remote_id")
			.query(Long.class)
			.list();
	}

	private static NoticeSummary single(List<NoticeSummary> list) {
		assertThat(list).hasSize(1);
		return list.get(0);
	}

	private static byte[] bytes(cn.xiaoan.file.Files.Stream stream) {
		try (var in = stream.resource().getInputStream()) {
			return in.readAllBytes();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
