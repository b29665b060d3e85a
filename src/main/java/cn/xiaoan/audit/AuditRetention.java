package cn.xiaoan.audit;

import java.time.Clock;
import java.time.OffsetDateTime;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.policy.PolicySnapshot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the trail as long as the law and the policy ask ({@code AUDIT_RETENTION_MONTHS},
 * at least 6) and no longer: the longest value in force in any region, since one chain
 * holds every region's entries. Removal goes through {@code audit.purge_before}, which
 * itself refuses anything newer than 6 months.
 */
@Component
class AuditRetention {

	private final JdbcClient jdbc;

	private final PolicyManagement policy;

	private final OrgManagement org;

	private final Clock clock;

	AuditRetention(JdbcClient jdbc, PolicyManagement policy, OrgManagement org, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.org = org;
		this.clock = clock;
	}

	/** The months every entry is kept: the largest value in force anywhere. */
	int months() {
		PolicySnapshot snapshot = policy.snapshot();
		int months = snapshot.effective(PolicySetting.AUDIT_RETENTION_MONTHS, null).asInt();
		for (String region : org.regionNames().keySet()) {
			months = Math.max(months, snapshot.effective(PolicySetting.AUDIT_RETENTION_MONTHS, region).asInt());
		}
		return months;
	}

	/**
	 * Entries older than this may go; a few minutes more, so the database's clock, which
	 * the purge function checks against, need not agree to the second.
	 */
	OffsetDateTime cutoff() {
		return OffsetDateTime.now(clock).minusMonths(months()).minusMinutes(5);
	}

	/** Removes the sealed entries older than the retention; answers how many. */
	@Transactional
	public long purge() {
		return jdbc.sql("select audit.purge_before(:cutoff)").param("cutoff", cutoff()).query(Long.class).single();
	}

}
