package cn.xiaoan.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Without a configured database URL the platform runs on an embedded PostgreSQL whose
 * data lives under {@code ./data/pg}, so a user with only a JDK gets a real database that
 * survives restarts. It asks every connection for a password ({@code data/pg.secret});
 * the platform connects as the application role, migrations as the owner
 * ({@link DatabaseRoles}). An operator command attaches to the server of a running
 * platform instead of starting another.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
public class EmbeddedPostgresConfiguration {

	private static volatile Prestart prestart;

	private record Prestart(Path dir, CompletableFuture<EmbeddedServer> server) {
	}

	/**
	 * Starts the embedded server on a background thread while Spring builds its context,
	 * so a cold start spends the database's start-up time only once. Called by
	 * {@code main} when no URL is configured.
	 */
	public static void prestart(String dataDir) {
		Path dir = Path.of(dataDir).toAbsolutePath().normalize();
		prestart = new Prestart(dir, CompletableFuture.supplyAsync(() -> {
			try {
				return EmbeddedServer.start(dir, false, 0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}));
	}

	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedServer(@Value("${xiaoan.embedded-db.data-dir:./data/pg}") String dataDir,
			@Value("${xiaoan.embedded-db.clean:false}") boolean clean, @Value("${xiaoan.embedded-db.port:0}") int port,
			DatabaseMode mode) throws IOException {
		Path dir = Path.of(dataDir).toAbsolutePath().normalize();
		if (mode.operatorCommand()) {
			var running = EmbeddedServer.running(dir);
			if (running.isPresent()) {
				return running.get();
			}
		}
		Prestart started = prestart;
		if (started != null && started.dir().equals(dir) && !clean && port == 0) {
			prestart = null;
			return started.server().join().ownedByContext();
		}
		return EmbeddedServer.start(dir, clean, port).ownedByContext();
	}

	@Bean
	@Primary
	DataSource dataSource(EmbeddedServer pg, @Value("${spring.datasource.hikari.maximum-pool-size:20}") int pool) {
		DatabaseSecret secret = pg.secret();
		HikariDataSource app = pool(pg, DatabaseSecret.APP, secret.appPassword(), pool, pool, "xiaoan-embedded");
		return new RoleRoutingDataSource(app,
				() -> pool(pg, DatabaseSecret.OWNER, secret.ownerPassword(), 4, 0, "xiaoan-embedded-owner"), true);
	}

	private static HikariDataSource pool(EmbeddedServer pg, String user, String password, int size, int idle,
			String name) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(pg.jdbcUrl() + "?reWriteBatchedInserts=true");
		config.setUsername(user);
		config.setPassword(password);
		config.setMaximumPoolSize(size);
		config.setMinimumIdle(idle);
		config.setPoolName(name);
		return new HikariDataSource(config);
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
