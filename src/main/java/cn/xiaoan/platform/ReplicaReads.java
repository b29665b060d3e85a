package cn.xiaoan.platform;

import java.time.Duration;
import java.time.ZoneId;

import cn.xiaoan.shared.ReadsReplica;
import com.zaxxer.hikari.HikariDataSource;
import org.aopalliance.intercept.MethodInterceptor;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Read-only work on a streaming replica (scale-out, ADR 0051): with
 * {@code xiaoan.datasource.replica.url} set, a {@link ReadsReplica} method runs with the
 * platform's {@code DataSource} routing its new connections to the replica
 * ({@link RoleRoutingDataSource}); without it no bean is proxied and nothing changes. The
 * advice runs before the transaction's, so the transaction's connection is the replica's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "xiaoan.datasource.replica.url")
class ReplicaReads {

	static final String URL = "xiaoan.datasource.replica.url";

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor readsReplicaAdvisor() {
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
				new ComposablePointcut(new AnnotationMatchingPointcut(ReadsReplica.class, true))
					.union(AnnotationMatchingPointcut.forMethodAnnotation(ReadsReplica.class)),
				interceptor());
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return advisor;
	}

	static MethodInterceptor interceptor() {
		return invocation -> {
			Throwable[] thrown = new Throwable[1];
			Object result = RoleRoutingDataSource.onReplica(() -> {
				try {
					return invocation.proceed();
				}
				catch (Throwable ex) {
					thrown[0] = ex;
					return null;
				}
			});
			if (thrown[0] != null) {
				throw thrown[0];
			}
			return result;
		};
	}

	/** The replica's pool (opened on first use), or null when none is configured. */
	static ReadReplica replica(Environment env) {
		String url = env.getProperty(URL);
		if (!StringUtils.hasText(url)) {
			return null;
		}
		HikariDataSource pool = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(url)
			.username(env.getProperty("xiaoan.datasource.replica.username",
					env.getProperty("spring.datasource.username", "")))
			.password(env.getProperty("xiaoan.datasource.replica.password",
					env.getProperty("spring.datasource.password", "")))
			.build();
		pool.setPoolName("xiaoan-replica");
		pool.setMaximumPoolSize(env.getProperty("xiaoan.datasource.replica.pool-size", Integer.class, 10));
		pool.setMinimumIdle(0);
		pool.setReadOnly(true);
		// A replica that does not answer must not hold a page up: the primary serves
		// instead.
		pool.setConnectionTimeout(2000);
		return new ReadReplica(pool,
				env.getProperty("xiaoan.datasource.replica.max-lag", Duration.class, Duration.ofSeconds(30)),
				ZoneId.of(env.getProperty("xiaoan.time-zone", "Asia/Shanghai")));
	}

}
