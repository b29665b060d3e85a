package cn.xiaoan.platform;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Without a configured database URL the platform runs on an embedded PostgreSQL whose
 * data lives under {@code ./data/pg}, so a user with only a JDK gets a real database that
 * survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
public class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	private static volatile Prestart prestart;

	private record Prestart(Path dir, CompletableFuture<EmbeddedPostgres> server) {
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
				return start(dir, false, 0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}));
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${xiaoan.embedded-db.data-dir:./data/pg}") String dataDir,
			@Value("${xiaoan.embedded-db.clean:false}") boolean clean, @Value("${xiaoan.embedded-db.port:0}") int port)
			throws IOException {
		Path dir = Path.of(dataDir).toAbsolutePath().normalize();
		Prestart started = prestart;
		if (started != null && started.dir().equals(dir) && !clean && port == 0) {
			prestart = null;
			return started.server().join();
		}
		return start(dir, clean, port);
	}

	private static EmbeddedPostgres start(Path dir, boolean clean, int port) throws IOException {
		Files.createDirectories(dir.getParent());
		stopOrphanedServer(dir);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dir.toFile())
			.setCleanDataDirectory(clean)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("max_connections", "100")
			.setServerConfig("shared_buffers", "256MB")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("fsync", "on")
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C.UTF-8");
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres pg = builder.start();
		log.info("Embedded PostgreSQL running on port {} with data in {}", pg.getPort(), dir);
		return pg;
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres pg, @Value("${spring.datasource.hikari.maximum-pool-size:20}") int pool) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
		config.setUsername("postgres");
		config.setMaximumPoolSize(pool);
		config.setPoolName("xiaoan-embedded");
		return new HikariDataSource(config);
	}

	/**
	 * A JVM killed with {@code kill -9} leaves its postgres running and holding the data
	 * directory; stop that server (it has no clients left) before starting ours.
	 */
	static void stopOrphanedServer(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (RuntimeException ex) {
			Files.deleteIfExists(pidFile);
			return;
		}
		Optional<ProcessHandle> orphan = ProcessHandle.of(pid)
			.filter(p -> p.info().command().map(c -> new File(c).getName().startsWith("postgres")).orElse(false));
		if (orphan.isPresent()) {
			log.warn("Stopping orphaned embedded PostgreSQL (pid {}) left by an earlier run", pid);
			ProcessHandle p = orphan.get();
			p.destroy();
			try {
				p.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				p.destroyForcibly();
			}
		}
		Files.deleteIfExists(pidFile);
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
