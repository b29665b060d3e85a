package cn.xiaoan.platform;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipFile;

import cn.xiaoan.XiaoanApplication;
import cn.xiaoan.shared.OperatorCommand;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code backup} copies the demo database while the platform runs; {@code restore} puts
 * it into a fresh database, where every table has the backup's rows and a user signs in.
 */
@PlatformTest
class BackupRestoreIntegrationTests {

	@Autowired
	List<OperatorCommand> commands;

	@Autowired
	EmbeddedServer server;

	@Autowired
	Demo demo;

	@Test
	void aBackupRestoredIntoAFreshDatabaseHasTheSameRowsAndAUserSignsIn(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("xiaoan-backup.zip");
		assertThat(command("backup").run(List.of(file.toString()))).isZero();
		Properties manifest = new Properties();
		try (ZipFile zip = new ZipFile(file.toFile());
				InputStream in = zip.getInputStream(zip.getEntry("manifest.properties"))) {
			manifest.load(in);
		}
		String db = "restored_" + System.nanoTime();
		try (Connection c = server.owner()) {
			c.createStatement().execute("create database " + db);
		}
		String url = "jdbc:postgresql://localhost:" + server.port() + "/" + db;
		List<String> options = List.of("--spring.datasource.url=" + url,
				"--spring.datasource.username=" + DatabaseSecret.APP,
				"--spring.datasource.password=" + server.secret().appPassword(),
				"--spring.flyway.user=" + DatabaseSecret.OWNER,
				"--spring.flyway.password=" + server.secret().ownerPassword(),
				"--xiaoan.data-key-file=target/test-keys/personal-data.key", "--xiaoan.files.dir=target/test-files");
		try {
			List<String> restore = new ArrayList<>(List.of("restore", file.toString()));
			restore.addAll(options);
			assertThat(OperatorCommands.dispatch(XiaoanApplication.class, restore.toArray(String[]::new))).isZero();

			JdbcClient restored = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), url,
					DatabaseSecret.OWNER, server.secret().ownerPassword()));
			int tables = Integer.parseInt(manifest.getProperty("tables"));
			assertThat(tables).isGreaterThan(50);
			long rows = 0;
			for (int i = 0; i < tables; i++) {
				String table = manifest.getProperty("table." + i + ".schema") + "."
						+ manifest.getProperty("table." + i + ".name");
				long expected = Long.parseLong(manifest.getProperty("table." + i + ".rows"));
				assertThat(restored.sql("select count(*) from " + table).query(Long.class).single()).as(table)
					.isEqualTo(expected);
				rows += expected;
			}
			assertThat(rows).isGreaterThan(10_000);
			for (String stable : List.of("org.school", "people.account", "people.student")) {
				assertThat(restored.sql("select count(*) from " + stable).query(Long.class).single()).as(stable)
					.isEqualTo(demo.jdbc().sql("select count(*) from " + stable).query(Long.class).single());
			}

			List<String> start = new ArrayList<>(options);
			start.addAll(List.of("--server.port=0", "--xiaoan.demo.enabled=false"));
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(XiaoanApplication.class)
				.run(start.toArray(String[]::new))) {
				String port = app.getEnvironment().getProperty("local.server.port");
				HttpResponse<String> signIn = HttpClient.newHttpClient()
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/session"))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers
							.ofString("{\"username\":\"principal\",\"password\":\"" + Demo.PASSWORD + "\"}"))
						.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
				assertThat(signIn.body()).contains("csrfToken");
			}
		}
		finally {
			try (Connection c = server.owner()) {
				c.createStatement().execute("drop database if exists " + db + " with (force)");
			}
		}
	}

	private OperatorCommand command(String name) {
		return commands.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
	}

}
