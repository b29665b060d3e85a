package cn.xiaoan.exchange;

import cn.xiaoan.browser.Browser;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The system administrator of an installation above reads, on /exchange, that a county's
 * school acknowledged its city's warning (forwarded by the city, ADR 0071), and deletes
 * the city's link after confirming what goes with it: what only the city brought goes,
 * what the county still sends itself stays — at a desk and on a phone.
 */
@PlatformTest
class ExchangePeerDeletionJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@Autowired
	Peers peers;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	@AfterEach
	void noPeersLeft() {
		demo.jdbc().sql("delete from exchange.peer").update();
	}

	@Autowired
	ExchangeManagement exchange;

	@Test
	void onlyTheSystemAdministratorDeletesAPeer() {
		long city = peers
			.save(new SavePeer("wz-journey", "梧州市", "http://localhost:1", "450400", PeerDirection.DOWN, SECRET));
		for (String other : new String[] { "tx_safety", "principal", "safety" }) {
			assertThatThrownBy(() -> demo.runAs(other, () -> exchange.deletePeer(city))).as(other)
				.isInstanceOf(AccessDenied.class);
		}
		assertThat(peers.byId(city)).isPresent();
		assertThatThrownBy(() -> demo.runAs("admin", () -> exchange.deletePeer(city + 1000)))
			.isInstanceOf(NotFound.class);
	}

	@Test
	void theAdministratorDeletesTheCitysLinkAndKeepsWhatTheCountyStillSends() throws Exception {
		for (int[] size : new int[][] { { 1366, 900 }, { 390, 844 } }) {
			String device = size[0] > 1000 ? "desktop" : "phone";
			JdbcClient db = demo.jdbc();
			long city = peers
				.save(new SavePeer("wz-journey", "梧州市", "http://localhost:1", "450400", PeerDirection.DOWN, SECRET));
			long county = peers
				.save(new SavePeer("tx-journey", "藤县", "http://localhost:1", "450422", PeerDirection.DOWN, SECRET));
			// through the city: an acknowledgement of the city's warning by a county
			// school,
			// and an accident of the county whose last change came through the city
			db.sql("""
					insert into exchange.mirrored_acknowledgement (peer_id, origin, origin_name, origin_region, issuer,
					  issuer_name, warning_id, school_id, school_name, region_code, actions_done, late, acknowledged_at)
					values (:p, 'tx-journey', '藤县', '450422', 'wz-journey', '梧州市', 7, 1, '藤县第一中学', '450422001', 2,
					  false, now())""").param("p", city).update();
			db.sql("""
					insert into exchange.mirrored_accident (peer_id, origin, origin_name, origin_region, accident_id,
					  school_id, school_name, region_code, kind, severity, occurred_at)
					values (:p, 'tx-journey', '藤县', '450422', 8, 1, '藤县第一中学', '450422001', 'CAMPUS_INJURY', 'GENERAL',
					  now())""").param("p", city).update();
			try (Browser admin = new Browser(port, size[0], size[1])) {
				admin.login("admin", Demo.PASSWORD);
				admin.open("/exchange");
				assertThat(admin.find("#acknowledgements-from-below").getText()).contains("梧州市发布的预警").contains("藤县");
				admin.scrollTo("#acknowledgements-from-below");
				admin.screenshot("exchange-forward-01-acknowledgements-" + device);
				admin.scrollTo("[data-peer='wz-journey']");
				admin.screenshot("exchange-forward-02-peers-" + device);
				admin.click("[data-peer='wz-journey'] .peer-delete button");
				assertThat(admin.driver.switchTo().alert().getText()).contains("梧州市");
				admin.driver.switchTo().alert().accept();
				admin.waitFor(d -> d.getCurrentUrl().contains("deleted"));
				assertThat(admin.text()).contains("联网节点已删除");
				assertThat(admin.present(org.openqa.selenium.By.cssSelector("[data-peer='wz-journey']"))).isEmpty();
				admin.screenshot("exchange-forward-03-deleted-" + device);
			}
			assertThat(db.sql("select peer_id from exchange.mirrored_accident where origin = 'tx-journey'")
				.query(Long.class)
				.list()).as("藤县 still sends it itself").containsExactly(county);
			assertThat(db.sql("select count(*) from exchange.mirrored_acknowledgement where origin = 'tx-journey'")
				.query(Long.class)
				.single()).as("藤县 is still linked, so its school's acknowledgement stays too").isOne();
			noPeersLeft();
		}
	}

}
