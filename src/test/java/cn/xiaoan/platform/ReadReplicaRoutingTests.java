package cn.xiaoan.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import javax.sql.DataSource;

import cn.xiaoan.shared.ReadsReplica;
import cn.xiaoan.support.PgCluster;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Read-only work on a real streaming replica (a second cluster made with
 * {@code pg_basebackup -R} from Debian's PostgreSQL 15): a {@code @ReadsReplica} method's
 * read-only transaction runs on the replica and the request learns how current its data
 * is; other work stays on the primary; a replica lagging past the bound or not answering
 * leaves the reads to the primary. Skipped where the server packages are not installed.
 */
class ReadReplicaRoutingTests {

	static PgCluster primary;

	static PgCluster replica;

	static HikariDataSource primaryPool;

	static RoleRoutingDataSource routing;

	static Reports reports;

	@BeforeAll
	static void primaryAndReplica() throws Exception {
		assumeTrue(PgCluster.available(), "PostgreSQL 15 server tools are not installed");
		Path dir = PgCluster.workDir();
		primary = PgCluster.primary(dir.resolve("primary"));
		replica = primary.replica(dir.resolve("replica"));
		primaryPool = pool(primary.jdbcUrl());
		JdbcClient.create(primaryPool).sql("create table figures (n int)").update();
		routing = new RoleRoutingDataSource(primaryPool, () -> primaryPool, false,
				new ReadReplica(pool(replica.jdbcUrl()), Duration.ofSeconds(2), ZoneId.of("Asia/Shanghai")));
		ProxyFactory proxy = new ProxyFactory(new Reports(routing));
		proxy.setProxyTargetClass(true);
		proxy.addAdvisor(ReplicaReads.readsReplicaAdvisor());
		reports = (Reports) proxy.getProxy();
	}

	@AfterAll
	static void stop() throws Exception {
		if (routing != null) {
			routing.close();
		}
		if (replica != null) {
			replica.close();
		}
		if (primary != null) {
			primary.close();
		}
	}

	@Test
	void readsMarkedForTheReplicaRunThereAndTellTheRequestHowCurrentTheyAre() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest();
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		try {
			JdbcClient.create(primaryPool).sql("insert into figures values (7)").update();
			waitForReplay();
			assertThat(reports.statistics()).as("served by the replica, which has the primary's rows")
				.isEqualTo("replica:7");
			assertThat(request.getAttribute(ReadReplica.AS_OF)).isInstanceOf(LocalTime.class);
			assertThat(reports.unmarked()).as("unmarked reads stay on the primary").isEqualTo("primary");
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

	@Test
	void aReplicaLaggingPastTheBoundLeavesTheReadsToThePrimary() throws Exception {
		JdbcClient onReplica = JdbcClient.create(pool(replica.jdbcUrl()));
		onReplica.sql("select pg_wal_replay_pause()").query().singleRow();
		try {
			JdbcClient.create(primaryPool).sql("insert into figures values (1)").update();
			Thread.sleep(3500);
			assertThat(reports.statistics()).startsWith("primary");
		}
		finally {
			onReplica.sql("select pg_wal_replay_resume()").query().singleRow();
		}
		Thread.sleep(1500);
		waitForReplay();
		assertThat(reports.statistics()).as("back on the replica once it has caught up").startsWith("replica");
	}

	private static void waitForReplay() throws InterruptedException {
		String lsn = JdbcClient.create(primaryPool)
			.sql("select pg_current_wal_lsn()::text")
			.query(String.class)
			.single();
		JdbcClient onReplica = JdbcClient.create(replicaPool());
		for (int i = 0; i < 100; i++) {
			if (onReplica.sql("select pg_last_wal_replay_lsn() >= :l::pg_lsn")
				.param("l", lsn)
				.query(Boolean.class)
				.single()) {
				return;
			}
			Thread.sleep(100);
		}
	}

	private static DataSource replicaPool;

	private static DataSource replicaPool() {
		if (replicaPool == null) {
			replicaPool = pool(replica.jdbcUrl());
		}
		return replicaPool;
	}

	private static HikariDataSource pool(String url) {
		HikariDataSource ds = new HikariDataSource();
		ds.setJdbcUrl(url);
		ds.setUsername("postgres");
		ds.setMaximumPoolSize(3);
		return ds;
	}

	/** A statistics service as a module writes one. */
	static class Reports {

		private final TransactionTemplate readOnly;

		private final JdbcClient jdbc;

		Reports(DataSource dataSource) {
			this.jdbc = JdbcClient.create(dataSource);
			this.readOnly = new TransactionTemplate(new JdbcTransactionManager(dataSource));
			this.readOnly.setReadOnly(true);
		}

		@ReadsReplica
		public String statistics() {
			return readOnly.execute(status -> where() + ":"
					+ jdbc.sql("select coalesce(max(n), 0) from figures").query(Integer.class).single());
		}

		public String unmarked() {
			return readOnly.execute(status -> where());
		}

		private String where() {
			return jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single() ? "replica" : "primary";
		}

	}

}
