package cn.xiaoan.golive;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A production installation from an empty database, through the API: no demo data, only
 * the first administrator — and nothing needs SQL to reach a signed-in teacher. The audit
 * trail holds every administrative step with who, before and after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "xiaoan.embedded-db.data-dir=target/golive-pg", "xiaoan.embedded-db.clean=true",
				"xiaoan.data-key-file=target/golive-keys/personal-data.key", "xiaoan.files.dir=target/golive-files",
				"xiaoan.demo.enabled=false", "xiaoan.admin.initial-password=" + GoLiveJourneyTests.ADMIN_INITIAL })
class GoLiveJourneyTests {

	static final String ADMIN_INITIAL = "FirstAdmin2026";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEmptyInstallationGoesLiveFromAdminToTeacherThroughTheApi() throws Exception {
		assertThat(jdbc.sql("select count(*) from org.school").query(Integer.class).single()).isZero();

		GoLiveJourney.Outcome outcome = new GoLiveJourney("http://localhost:" + port, ADMIN_INITIAL).run();

		assertThat(jdbc.sql("select count(*) from org.region where code like '450422%'").query(Integer.class).single())
			.isGreaterThan(10);
		var created = jdbc.sql("""
				select username, before::text, after::text from audit.entry
				where entity_type = 'account' and action = 'CREATE' and after::text like '%' || :u || '%'""")
			.param("u", outcome.countyAdmin())
			.query((rs, n) -> rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getString(3))
			.list();
		assertThat(created).as("the county administrator's creation is audited with who and after").hasSize(1);
		assertThat(created.get(0)).startsWith("wz").contains("BUREAU_ADMIN").contains("450422");
	}

}
