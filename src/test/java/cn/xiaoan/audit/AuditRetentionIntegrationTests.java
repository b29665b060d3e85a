package cn.xiaoan.audit;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Audit records are kept at least six months (网络安全法 Art. 21) or longer where a region
 * asks; the purge removes only what is older, through the database function that refuses
 * anything newer, and leaves a chain that still verifies from its anchor.
 */
@PlatformTest
class AuditRetentionIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	AuditChain chain;

	@Autowired
	AuditRetention retention;

	@Autowired
	AuditVerification verification;

	@Autowired
	PolicyManagement policy;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	cn.xiaoan.platform.DatabaseRoles roles;

	@Test
	void theRetentionCannotBeSetBelowSixMonths() {
		assertThat(retention.months()).isEqualTo(6);
		assertThatThrownBy(() -> demo.runAs("tx_admin",
				() -> policy.override(PolicySetting.AUDIT_RETENTION_MONTHS, "450422", "5", "县教育局规定")))
			.isInstanceOf(BusinessRuleViolation.class);
		demo.runAs("tx_admin", () -> policy.override(PolicySetting.AUDIT_RETENTION_MONTHS, "450422", "12", "县档案规定"));
		try {
			assertThat(retention.months()).isEqualTo(12);
		}
		finally {
			demo.runAs("tx_admin", () -> policy.removeOverride(PolicySetting.AUDIT_RETENTION_MONTHS, "450422"));
		}
	}

	@Test
	void theDatabaseRefusesToPurgeAnythingNewerThanSixMonths() {
		assertThatThrownBy(() -> transactions.executeWithoutResult(t -> demo.jdbc()
			.sql("select audit.purge_before(now() - interval '5 months')")
			.query(Long.class)
			.single())).hasStackTraceContaining("kept at least 6 months");
	}

	@Test
	void thePurgeRemovesTheOldBeginningOfTheChainAndTheRestStillVerifies() {
		chain.sealPending();
		// on the owner's connection (the superuser here, to date entries back with the
		// triggers off), in one transaction that is rolled back
		roles.asOwner(() -> transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			long half = demo.jdbc().sql("select max(seq) / 2 from audit.seal").query(Long.class).single();
			// the first half of the chain dated a year back (as the superuser, triggers
			// off)
			demo.jdbc().sql("set local session_replication_role = replica").update();
			demo.jdbc().sql("""
					update audit.entry e set at = at - interval '1 year'
					from audit.seal s where s.entry_id = e.id and s.seq <= :half""").param("half", half).update();
			demo.jdbc().sql("set local session_replication_role = origin").update();

			assertThat(retention.purge()).isEqualTo(half);
			assertThat(demo.jdbc().sql("select min(seq) from audit.seal").query(Long.class).single())
				.isEqualTo(half + 1);
			assertThat(demo.jdbc()
				.sql("select seq from audit.anchor order by seq desc limit 1")
				.query(Long.class)
				.single()).isEqualTo(half);
			assertThat(verification.verify().intact()).isTrue();
			assertThat(retention.purge()).isZero();
		}));
	}

}
