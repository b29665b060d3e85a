package cn.xiaoan.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL lets nobody in without a password: not on a new data directory,
 * and not on one created when it trusted every local connection.
 */
class EmbeddedDatabasePasswordTests {

	@Test
	void theEmbeddedDatabaseRefusesAConnectionWithoutOrWithAWrongPassword() throws Exception {
		Path dir = Files.createTempDirectory("xa-pg").resolve("pg");
		try (EmbeddedServer pg = EmbeddedServer.start(dir, false, 0)) {
			assertRefusedWithoutThePassword(pg);
			Path secret = DatabaseSecret.fileOf(dir);
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
			assertThat(Files.readString(dir.resolve("pg_hba.conf"))).doesNotContainPattern("(?m)^[^#].*\\btrust\\b");
		}
	}

	@Test
	void aDataDirectoryThatTrustedConnectionsAsksForPasswordsAfterItsNextStart() throws Exception {
		Path dir = Files.createTempDirectory("xa-pg").resolve("pg");
		try (EmbeddedPostgres old = EmbeddedPostgres.builder()
			.setDataDirectory(dir.toFile())
			.setCleanDataDirectory(false)
			.start(); var c = old.getPostgresDatabase().getConnection()) {
			c.createStatement().execute("create table kept(x int); insert into kept values (7)");
		}
		try (EmbeddedServer pg = EmbeddedServer.start(dir, false, 0)) {
			assertRefusedWithoutThePassword(pg);
			try (var c = pg.owner(); var rs = c.createStatement().executeQuery("select x from kept")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getInt(1)).isEqualTo(7);
			}
		}
		try (EmbeddedServer again = EmbeddedServer.start(dir, false, 0)) {
			assertRefusedWithoutThePassword(again);
		}
	}

	private static void assertRefusedWithoutThePassword(EmbeddedServer pg) throws SQLException {
		for (String user : new String[] { DatabaseSecret.OWNER, DatabaseSecret.APP }) {
			assertThatThrownBy(() -> connect(pg, user, null)).isInstanceOf(SQLException.class)
				.hasMessageContaining("password");
			assertThatThrownBy(() -> connect(pg, user, "wrong-password")).isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
		}
		connect(pg, DatabaseSecret.OWNER, pg.secret().ownerPassword());
		connect(pg, DatabaseSecret.APP, pg.secret().appPassword());
	}

	private static void connect(EmbeddedServer pg, String user, String password) throws SQLException {
		Properties p = new Properties();
		p.setProperty("user", user);
		if (password != null) {
			p.setProperty("password", password);
		}
		try (var c = DriverManager.getConnection(pg.jdbcUrl(), p);
				var rs = c.createStatement().executeQuery("select 1")) {
			assertThat(rs.next()).isTrue();
		}
	}

}
