package cn.xiaoan;

import java.time.LocalDate;

import cn.xiaoan.hazard.HazardEscalation;
import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardManagement;
import cn.xiaoan.hazard.HazardSource;
import cn.xiaoan.hazard.ReportHazard;
import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.Concurrently;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second, separate application instance on the same database: both run the escalation
 * job at the same moment, and the overdue hazard still moves up exactly one level with
 * exactly one notification.
 */
@PlatformTest
class HazardEscalationAcrossInstancesTests {

	@Autowired
	EmbeddedPostgres database;

	@Autowired
	HazardEscalation escalation;

	@Autowired
	HazardManagement hazards;

	@Autowired
	Demo demo;

	@Test
	void twoAppInstancesOnOneDatabaseEscalateAnOverdueHazardExactlyOnce() throws Exception {
		long school = demo.schoolOf("principal2");
		long id = demo.callAs("principal2",
				() -> hazards
					.report(new ReportHazard(school, "两实例测试：消防栓无水", "", "", SafetyCategory.FIRE, HazardSource.AD_HOC,
							null, null, HazardGrade.GENERAL))
					.id());
		demo.runAs("principal2", () -> {
			hazards.register(id);
			hazards.grade(id, HazardGrade.GENERAL, LocalDate.now());
		});
		demo.jdbc().sql("update hazard.hazard set deadline = current_date - 5 where id = :id").param("id", id).update();
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(XiaoanApplication.class)
			// Command-line arguments: they outrank application.properties, whose
			// spring.datasource.url and server.port would otherwise win.
			.run("--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--server.port=0", "--xiaoan.demo.enabled=false",
					"--xiaoan.data-key-file=target/test-keys/personal-data.key",
					"--xiaoan.files.dir=target/test-files")) {
			assertThat(second.getBeansOfType(EmbeddedPostgres.class))
				.as("the second instance uses the first one's database")
				.isEmpty();
			HazardEscalation other = second.getBean(HazardEscalation.class);
			Concurrently.run(escalation::escalateOverdue, other::escalateOverdue);
		}
		assertThat(demo.jdbc()
			.sql("select escalation_level from hazard.hazard where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("COUNTY");
		assertThat(demo.jdbc()
			.sql("select count(*) from hazard.transition where hazard_id = :id and note like '逾期上报%'")
			.param("id", id)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(demo.jdbc().sql("""
				select count(*) from notification.message where message_key = 'notify.hazard.escalated'
				and args[1] = :number""").param("number", String.format("YH%06d", id)).query(Integer.class).single())
			.isEqualTo(1);
	}

}
