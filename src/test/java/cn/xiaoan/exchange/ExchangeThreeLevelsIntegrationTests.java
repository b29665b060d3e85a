package cn.xiaoan.exchange;

import java.util.List;
import java.util.Map;

import cn.xiaoan.notice.NoticeCategory;
import cn.xiaoan.notice.NoticeManagement;
import cn.xiaoan.notice.NoticeReceipts;
import cn.xiaoan.notice.NoticeSummary;
import cn.xiaoan.notice.ReadFilter;
import cn.xiaoan.notice.SendNotice;
import cn.xiaoan.notice.StaffAudience;
import cn.xiaoan.notice.UnitLine;
import cn.xiaoan.platform.EmbeddedServer;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import cn.xiaoan.warning.AcknowledgeWarning;
import cn.xiaoan.warning.WarningManagement;
import cn.xiaoan.warning.WarningSummary;
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

/**
 * Three installations: the province (广西, its own database), the city (梧州市) and the county
 * (藤县, this platform with the demo). A province's warning and notice reach the county
 * through the city; the county school's acknowledgement and reading reach the province
 * too — the city forwards them to the peer it got them from — marked as the county's,
 * once however often everything is resent.
 */
@PlatformTest
class ExchangeThreeLevelsIntegrationTests {

	static final String RUN = "三级联网" + (System.currentTimeMillis() % 1_000_000) + "：";

	@Autowired
	EmbeddedServer database;

	@Autowired
	Demo demo;

	@Autowired
	WarningManagement warnings;

	@Autowired
	NoticeManagement notices;

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
	void theCountysAcknowledgementsAndReceiptsReachTheProvinceThroughTheCity() throws Exception {
		try (ConfigurableApplicationContext province = SecondInstance.startInstallation(database, "exchange_province",
				"--xiaoan.exchange.installation=province", "--xiaoan.exchange.push-delay=PT1H");
				ConfigurableApplicationContext city = SecondInstance.startInstallation(database, "exchange_middle",
						"--xiaoan.exchange.installation=city", "--xiaoan.exchange.push-delay=PT1H")) {
			CityInstallation.seed(province);
			CityInstallation.seed(city);
			Installation top = new Installation(province);
			Installation middle = new Installation(city);
			long provinceDown = top.peers
				.save(new SavePeer("city", "梧州市", url(city), "450400", PeerDirection.DOWN, SECRET));
			long cityUp = middle.peers
				.save(new SavePeer("province", "广西", url(province), "450000", PeerDirection.UP, SECRET));
			long cityDown = middle.peers.save(county(port));
			long countyUp = peers.save(cityPeer(url(city)));

			// down: the province issues a warning and sends a notice; the city passes
			// both on
			long warning = CityInstallation.issueWarning(province, "450000", RUN + "台风红色预警");
			NoticeSummary notice = CityInstallation.asBureau("450000",
					() -> province.getBean(NoticeManagement.class)
						.send(new SendNotice(NoticeCategory.NOTICE, RUN + "汛期安全工作通知", "请各地各校落实。", false, null,
								StaffAudience.LEADERS, "", List.of(), List.of(), true, List.of(), false, false, true),
								List.of()));
			awaitOutbox(top.db, provinceDown, 2);
			drain(top.push, top.db, provinceDown);
			awaitOutbox(middle.db, cityDown, 2);
			drain(middle.push, middle.db, cityDown);
			WarningSummary here = demo
				.callAs("principal", () -> warnings.list().stream().filter(w -> w.title().startsWith(RUN)).toList())
				.get(0);
			assertThat(here.issuerName()).isEqualTo("广西壮族自治区");
			long countyNotice = demo
				.callAs("principal", () -> notices.received().stream().filter(n -> n.title().startsWith(RUN)).toList())
				.get(0)
				.id();

			// up: the school acknowledges and reads; the city forwards both to the
			// province
			demo.runAs("principal", () -> warnings.acknowledge(here.id(),
					new AcknowledgeWarning(List.of(1, 2), Map.of(1, "已加固门窗"), "已落实")));
			demo.runAs("principal", () -> notices.open(countyNotice));
			awaitOutbox(demo.jdbc(), countyUp, 3);
			drain(push, demo.jdbc(), countyUp);
			awaitOutbox(middle.db, cityUp, 3);
			drain(middle.push, middle.db, cityUp);
			long school = demo.schoolOf("principal");
			assertThat(acknowledgements(top.db)).containsExactly(List.of(warning, school, "xiaoan", "藤县"));
			assertThat(CityInstallation.asBureau("450000",
					() -> province.getBean(ExchangeManagement.class).acknowledgementsFromBelow(50)))
				.extracting(MirroredAcknowledgement::peerName)
				.containsExactly("藤县");
			List<UnitLine> read = CityInstallation.asBureau("450000",
					() -> province.getBean(NoticeReceipts.class).units(notice.id(), "450422", ReadFilter.READ, 0, 50));
			assertThat(read).singleElement().satisfies(line -> {
				assertThat(line.unitKey()).startsWith("S:" + school + "@");
				assertThat(line.source()).isEqualTo("藤县");
			});

			// everything is sent again on all three: nothing is doubled
			for (Installation i : List.of(top, middle)) {
				i.db.sql("update exchange.outbox set sent_at = null").update();
			}
			demo.jdbc().sql("update exchange.outbox set sent_at = null").update();
			drain(top.push, top.db, provinceDown);
			drain(middle.push, middle.db, cityDown);
			drain(push, demo.jdbc(), countyUp);
			drain(middle.push, middle.db, cityUp);
			assertThat(acknowledgements(top.db)).hasSize(1);
			assertThat(CityInstallation.asBureau("450000",
					() -> province.getBean(NoticeReceipts.class).units(notice.id(), "450422", ReadFilter.READ, 0, 50)))
				.hasSize(1);
			assertThat(demo.callAs("principal",
					() -> warnings.list().stream().filter(w -> w.title().startsWith(RUN)).toList()))
				.hasSize(1);
		}
	}

	/** An installation's database, peers and push. */
	record Installation(JdbcClient db, Peers peers, ExchangePush push) {

		Installation(ConfigurableApplicationContext context) {
			this(context.getBean(JdbcClient.class), context.getBean(Peers.class), context.getBean(ExchangePush.class));
		}

	}

	private static String url(ConfigurableApplicationContext instance) {
		return "http://localhost:" + SecondInstance.port(instance);
	}

	private static List<List<Object>> acknowledgements(JdbcClient db) {
		return db.sql("select warning_id, school_id, origin, origin_name from exchange.mirrored_acknowledgement")
			.query((rs, n) -> List.<Object>of(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.list();
	}

}
