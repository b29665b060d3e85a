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
		return start(database.jdbcUrl(), database);
	}

	/**
	 * A separate installation: its own database {@code name} on the same server (created
	 * empty, migrated by the instance), with further arguments such as its installation
	 * id.
	 */
	public static ConfigurableApplicationContext startInstallation(EmbeddedServer database, String name,
			String... arguments) throws java.sql.SQLException {
		if (!name.matches("[a-z_]+")) {
			throw new IllegalArgumentException(name);
		}
		try (var owner = database.owner(); var s = owner.createStatement()) {
			s.execute("drop database if exists " + name + " with (force)");
			s.execute("create database " + name);
		}
		return start(database.jdbcUrl().replaceAll("/postgres$", "/" + name), database, arguments);
	}

	private static ConfigurableApplicationContext start(String url, EmbeddedServer database, String... arguments) {
		// Command-line arguments: they outrank application.properties, whose
		// spring.datasource.url and server.port would otherwise win.
		String[] fixed = { "--spring.datasource.url=" + url, "--spring.datasource.username=" + DatabaseSecret.APP,
				"--spring.datasource.password=" + database.secret().appPassword(),
				"--spring.flyway.user=" + DatabaseSecret.OWNER,
				"--spring.flyway.password=" + database.secret().ownerPassword(), "--server.port=0",
				"--xiaoan.demo.enabled=false", "--xiaoan.data-key-file=target/test-keys/personal-data.key",
				"--xiaoan.files.dir=target/test-files",
				// several installations share the test server's 100 connections: a test's
				// second or third instance needs few, and holds no more when idle
				"--spring.datasource.hikari.maximum-pool-size=6", "--spring.datasource.hikari.minimum-idle=1" };
		String[] all = java.util.Arrays.copyOf(fixed, fixed.length + arguments.length);
		System.arraycopy(arguments, 0, all, fixed.length, arguments.length);
		return new SpringApplicationBuilder(XiaoanApplication.class).run(all);
	}

	public static int port(ConfigurableApplicationContext instance) {
		return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
	}

}
