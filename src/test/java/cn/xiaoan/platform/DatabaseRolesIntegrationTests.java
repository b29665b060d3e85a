package cn.xiaoan.platform;

import javax.sql.DataSource;

import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The running platform's database role may append to the audit trail, never rewrite it.
 */
@PlatformTest
class DatabaseRolesIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	DatabaseRoles roles;

	@Test
	void theApplicationRoleCannotRewriteTheAuditTrail() {
		JdbcClient app = JdbcClient.create(dataSource);
		assertThat(roles.split()).isTrue();
		assertThat(app.sql("select count(*) from audit.entry").query(Long.class).single()).isPositive();
		for (String rewrite : new String[] { "update audit.entry set username = 'someone-else'",
				"delete from audit.entry", "truncate audit.entry" }) {
			assertThatThrownBy(() -> app.sql(rewrite).update()).as(rewrite)
				.rootCause()
				.hasMessageContaining("permission denied for table entry");
		}
	}

	@Test
	void theApplicationRoleWritesEveryModulesTables() {
		JdbcClient app = JdbcClient.create(dataSource);
		assertThat(app.sql("select current_user").query(String.class).single()).isEqualTo(DatabaseSecret.APP);
		assertThat(app
			.sql("""
					select count(*) from pg_tables t
					where t.schemaname not in ('pg_catalog', 'information_schema', 'public', 'audit')
					  and not (has_table_privilege(current_user, format('%I.%I', t.schemaname, t.tablename), 'update')
					           and has_table_privilege(current_user, format('%I.%I', t.schemaname, t.tablename), 'delete'))""")
			.query(Long.class)
			.single()).isZero();
	}

}
