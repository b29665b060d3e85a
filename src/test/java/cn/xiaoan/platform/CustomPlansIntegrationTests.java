package cn.xiaoan.platform;

import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every statement is planned with its parameters: the database keeps
 * {@code plan_cache_mode =
 * force_custom_plan} (afterMigrate.sql, ADR 0060), so an optional filter's prepared
 * statement never falls back to a generic plan made without the values (a province's
 * campaign rates: 55-125 s instead of 1 s).
 */
@PlatformTest
class CustomPlansIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDatabasePlansEveryStatementWithItsParameters() {
		assertThat(jdbc.sql("""
				select coalesce(array_to_string(setconfig, ','), '') from pg_db_role_setting
				where setdatabase = (select oid from pg_database where datname = current_database()) and setrole = 0""")
			.query(String.class)
			.optional())
			.hasValueSatisfying(settings -> assertThat(settings).contains("plan_cache_mode=force_custom_plan"));
	}

}
