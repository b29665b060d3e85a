package cn.xiaoan.support;

import cn.xiaoan.XiaoanApplication;
import cn.xiaoan.platform.DatabaseSecret;
import cn.xiaoan.platform.EmbeddedServer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second, separate application instance on the test platform's database, as a second
 * server behind a load balancer would be: its own context, port and pools, no embedded
 * database and no demo of its own.
 */
public final class SecondInstance {

	private SecondInstance() {
	}

	public static ConfigurableApplicationContext start(EmbeddedServer database) {
		// Command-line arguments: they outrank application.properties, whose
		// spring.datasource.url and server.port would otherwise win.
		return new SpringApplicationBuilder(XiaoanApplication.class).run(
				"--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + DatabaseSecret.APP,
				"--spring.datasource.password=" + database.secret().appPassword(),
				"--spring.flyway.user=" + DatabaseSecret.OWNER,
				"--spring.flyway.password=" + database.secret().ownerPassword(), "--server.port=0",
				"--xiaoan.demo.enabled=false", "--xiaoan.data-key-file=target/test-keys/personal-data.key",
				"--xiaoan.files.dir=target/test-files");
	}

	public static int port(ConfigurableApplicationContext instance) {
		return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
	}

}
