package cn.xiaoan.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresSmokeTests {

	@Test
	void dataSurvivesARestartOfTheEmbeddedServer() throws Exception {
		Path dir = Files.createTempDirectory("xa-pg").resolve("pg");
		try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
			.setDataDirectory(dir.toFile())
			.setCleanDataDirectory(false)
			.start(); var c = pg.getPostgresDatabase().getConnection()) {
			c.createStatement().execute("create table t(x int); insert into t values (42)");
		}
		try (EmbeddedPostgres pg = EmbeddedPostgres.builder()
			.setDataDirectory(dir.toFile())
			.setCleanDataDirectory(false)
			.start(); var c = pg.getPostgresDatabase().getConnection()) {
			var rs = c.createStatement().executeQuery("select x from t");
			assertThat(rs.next()).isTrue();
			assertThat(rs.getInt(1)).isEqualTo(42);
		}
	}

}
