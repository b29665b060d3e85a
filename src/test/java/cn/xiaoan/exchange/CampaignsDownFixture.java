package cn.xiaoan.exchange;

import cn.xiaoan.platform.EmbeddedServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The set-up of the tests of campaigns sent down to 藤县 (this platform, with the demo)
 * from installations above it, each started on its own database of {@link #database}: the
 * county's side ({@link CampaignsDown}), and after each test no link left and none of the
 * run's campaigns.
 */
abstract class CampaignsDownFixture {

	@Autowired
	EmbeddedServer database;

	@Autowired
	ApplicationContext context;

	@Autowired
	Peers peers;

	@Autowired
	ExchangePush push;

	@LocalServerPort
	int port;

	CampaignsDown below;

	/**
	 * The start of the titles of this run's campaigns: the demo database outlives a run.
	 */
	abstract String run();

	@BeforeEach
	void campaignsDown() {
		below = new CampaignsDown(context);
	}

	@AfterEach
	void singleInstallationAgain() {
		below.demo.jdbc().sql("delete from exchange.peer").update();
		below.remove(run());
	}

}
