package cn.xiaoan.exchange;

import cn.xiaoan.platform.EmbeddedServer;
import cn.xiaoan.support.Demo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The set-up of the tests where 藤县 (this platform, with the demo) sends up to
 * installations above it, each started on its own database of {@link #database}: the
 * county's side ({@link CountyBelow}), and after each test no link left.
 */
abstract class CountyBelowFixture {

	@Autowired
	EmbeddedServer database;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	CountyBelow county;

	Demo demo;

	@BeforeEach
	void theCountyIsThisPlatform() {
		county = new CountyBelow(context, port);
		demo = county.demo;
	}

	@AfterEach
	void noPeersLeft() {
		county.unlink();
	}

}
