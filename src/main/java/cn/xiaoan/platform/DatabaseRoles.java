package cn.xiaoan.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Two database roles (ADR 0021): the owner runs the migrations and owns every table; the
 * running platform connects as an application role that may read and write every module's
 * tables but only read and append to the audit trail ({@code afterMigrate.sql} keeps the
 * grants true). The embedded database has both ({@code postgres} and {@code xiaoan_app});
 * on a server the owner is {@code SPRING_FLYWAY_USER} and the application role
 * {@code SPRING_DATASOURCE_USERNAME}. With one role the platform runs as before and says
 * that its audit trail is then tamper-evident only by its hash chain.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseRoles implements DisposableBean {

	/** The Flyway placeholder naming the application role ('' with one role). */
	public static final String APP_ROLE_PLACEHOLDER = "xiaoan_app_role";

	private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);

	private final RoleRoutingDataSource routing;

	private final String appRole;

	DatabaseRoles(DataSource dataSource, Environment env) {
		this.routing = dataSource instanceof RoleRoutingDataSource r ? r : null;
		this.appRole = !split() ? "" : StringUtils.hasText(env.getProperty("spring.datasource.url"))
				? env.getProperty("spring.datasource.username", "") : DatabaseSecret.APP;
		if (!split()) {
			log.warn("The platform connects to its database as one role, which may rewrite the audit trail: "
					+ "the trail is then tamper-evident only by its hash chain. Give the migrations an owner role "
					+ "(SPRING_FLYWAY_USER, SPRING_FLYWAY_PASSWORD) and the platform a role of its own "
					+ "(SPRING_DATASOURCE_USERNAME); see the README's Production section.");
		}
	}

	/** Whether the platform runs as an application role distinct from the owner. */
	public boolean split() {
		return routing != null && routing.split();
	}

	/** The application role's name, or '' with one role. */
	public String appRole() {
		return appRole;
	}

	/**
	 * Runs work whose connections (including its transactions) are the owner's: for bulk
	 * loads that drop and rebuild indexes.
	 */
	public <T> T asOwner(Supplier<T> work) {
		return RoleRoutingDataSource.asOwner(work);
	}

	public void asOwner(Runnable work) {
		RoleRoutingDataSource.asOwner(() -> {
			work.run();
			return null;
		});
	}

	/** Connections as the owner: migrations, backup and restore. */
	public DataSource owner() {
		if (routing == null) {
			throw new IllegalStateException("the platform's DataSource does not know its owner role");
		}
		return routing.owner();
	}

	/**
	 * Closes the owner's and the replica's pools when the application stops. On a server
	 * the context destroys the {@code dataSource} bean as created, before
	 * {@link #serverRoles} wrapped it, so only the application role's pool was closed:
	 * each stopped installation of a test left its owner connections open until the
	 * server refused new clients.
	 */
	@Override
	public void destroy() throws java.io.IOException {
		if (routing != null) {
			routing.closeOwnPools();
		}
	}

	/** Migrations run as the owner and grant the application role its rights. */
	@Bean
	FlywayConfigurationCustomizer ownerMigrates(DataSource dataSource) {
		return config -> {
			if (dataSource instanceof RoleRoutingDataSource r && r.split()) {
				config.dataSource(r.owner());
			}
			Map<String, String> placeholders = new HashMap<>(config.getPlaceholders());
			placeholders.put(APP_ROLE_PLACEHOLDER, appRole);
			config.placeholders(placeholders);
		};
	}

	/**
	 * On a server, wraps the configured pool so that {@link #asOwner} reaches the owner
	 * named by {@code spring.flyway.user} (a pool opened on first use).
	 */
	@Bean
	static BeanPostProcessor serverRoles(Environment env) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!"dataSource".equals(name) || !(bean instanceof DataSource app)
						|| bean instanceof RoleRoutingDataSource) {
					return bean;
				}
				String owner = env.getProperty("spring.flyway.user");
				boolean split = StringUtils.hasText(owner)
						&& !owner.equals(env.getProperty("spring.datasource.username"));
				return new RoleRoutingDataSource(app, () -> {
					HikariDataSource ds = DataSourceBuilder.create()
						.type(HikariDataSource.class)
						.url(env.getProperty("spring.flyway.url", env.getProperty("spring.datasource.url")))
						.username(owner)
						.password(env.getProperty("spring.flyway.password"))
						.build();
					ds.setMaximumPoolSize(4);
					ds.setMinimumIdle(0);
					ds.setPoolName("xiaoan-owner");
					return ds;
				}, split, ReplicaReads.replica(env));
			}
		};
	}

}
