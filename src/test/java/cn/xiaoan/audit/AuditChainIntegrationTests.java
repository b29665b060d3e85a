package cn.xiaoan.audit;

import java.util.List;

import cn.xiaoan.platform.DatabaseRoles;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The trail is tamper-evident: every entry is sealed in a hash chain, the verify command
 * names the first entry altered or removed behind the application's back (here by the
 * database superuser, triggers off), and nobody updates or deletes an entry by SQL. Each
 * tampering happens in a transaction that is rolled back, so the shared database stays
 * intact.
 */
@PlatformTest
class AuditChainIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	AuditChain chain;

	@Autowired
	AuditVerifyCommand command;

	@Autowired
	AuditVerification verification;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DatabaseRoles roles;

	@BeforeEach
	void everythingSealed() {
		chain.sealPending();
	}

	@Test
	void anUntouchedTrailVerifies() throws Exception {
		assertThat(verification.verify().intact()).isTrue();
		assertThat(verification.verify().checked()).isPositive();
		assertThat(command.run(List.of())).isZero();
	}

	@Test
	void anAlteredRecordBreaksTheChainAtThatRecord() {
		long victim = sealedEntry();
		asOwnerInRolledBackTransaction(() -> {
			asSuperuserWithoutTriggers();
			demo.jdbc()
				.sql("update audit.entry set after = jsonb_set(after, '{forged}', '\"yes\"') where id = :id")
				.param("id", victim)
				.update();
			AuditVerification.Result result = verification.verify();
			assertThat(result.problem()).isEqualTo(AuditVerification.Problem.ALTERED);
			assertThat(result.entryId()).isEqualTo(victim);
			assertThat(result.at()).isNotNull();
			assertThat(run()).isEqualTo(1);
		});
		assertThat(verification.verify().intact()).isTrue();
	}

	@Test
	void aDeletedRecordBreaksTheChain() {
		long victim = sealedEntry();
		asOwnerInRolledBackTransaction(() -> {
			asSuperuserWithoutTriggers();
			demo.jdbc().sql("delete from audit.entry where id = :id").param("id", victim).update();
			AuditVerification.Result result = verification.verify();
			assertThat(result.problem()).isEqualTo(AuditVerification.Problem.REMOVED);
			assertThat(result.entryId()).isEqualTo(victim);
			assertThat(run()).isEqualTo(1);
		});
	}

	@Test
	void anOldRecordThatWasNeverSealedBreaksTheChain() {
		inRolledBackTransaction(() -> {
			// written behind the sealing job's back (here: not yet committed, so the job
			// cannot see it), and dated a day back
			long forged = demo.jdbc()
				.sql("""
						insert into audit.entry (at, username, action, entity_type, entity_id)
						values (now() - interval '1 day', 'nobody', 'DELETE', 'student', '1') returning id""")
				.query(Long.class)
				.single();
			AuditVerification.Result result = verification.verify();
			assertThat(result.problem()).isEqualTo(AuditVerification.Problem.UNSEALED);
			assertThat(result.entryId()).isEqualTo(forged);
		});
	}

	@Test
	void nobodyUpdatesDeletesOrTruncatesTheTrailBySql() {
		long victim = sealedEntry();
		for (String sql : List.of("update audit.entry set username = 'x' where id = " + victim,
				"delete from audit.entry where id = " + victim, "truncate audit.entry")) {
			// the platform's own role holds no such right at all (ADR 0021)
			assertThatThrownBy(() -> transactions.executeWithoutResult(t -> demo.jdbc().sql(sql).update())).as(sql)
				.hasStackTraceContaining("permission denied");
		}
		// and the owner (here the superuser) is stopped by the triggers
		for (String sql : List.of("update audit.entry set username = 'x' where id = " + victim,
				"delete from audit.entry where id = " + victim, "truncate audit.entry",
				"delete from audit.seal where entry_id = " + victim, "update audit.seal set seq = -1 where seq = 1",
				"truncate audit.seal cascade")) {
			assertThatThrownBy(() -> asOwnerInRolledBackTransaction(() -> demo.jdbc().sql(sql).update())).as(sql)
				.hasStackTraceContaining("audit records cannot be changed or removed");
		}
	}

	private int run() {
		try {
			return command.run(List.of());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long sealedEntry() {
		return demo.jdbc()
			.sql("select entry_id from audit.seal order by seq desc offset 2 limit 1")
			.query(Long.class)
			.single();
	}

	private void asSuperuserWithoutTriggers() {
		demo.jdbc().sql("set local session_replication_role = replica").update();
	}

	private void inRolledBackTransaction(Runnable tampering) {
		transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			tampering.run();
		});
	}

	/**
	 * Tampering needs the owner (the superuser here), and the verification must see it:
	 * both run on the owner's connection in one transaction that is rolled back.
	 */
	private void asOwnerInRolledBackTransaction(Runnable tampering) {
		roles.asOwner(() -> inRolledBackTransaction(tampering));
	}

}
