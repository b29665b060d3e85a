package cn.xiaoan.warning;

import java.time.Duration;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replays history for the demo: a warning issued and acknowledged through the API is
 * moved back in time as a whole (issue, validity, acknowledgements, chasing), so the
 * ledger shows past warnings that obeyed every rule. Only the system administrator may.
 */
@Service
public class WarningHistory {

	private final JdbcClient jdbc;

	WarningHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void backdate(long warningId, Duration by) {
		Callers.current().require(WarningManagement.WARNING_ISSUE);
		if (Callers.current().role() != Role.SYSTEM_ADMIN) {
			throw new cn.xiaoan.shared.AccessDenied("history is replayed by the system");
		}
		jdbc.sql("""
				update warning.warning set issued_at = issued_at - :by, valid_from = valid_from - :by,
				       valid_until = valid_until - :by where id = :w""")
			.param("by", new org.postgresql.util.PGInterval(0, 0, 0, 0, 0, by.toSeconds()))
			.param("w", warningId)
			.update();
		jdbc.sql("""
				update warning.target set acknowledged_at = acknowledged_at - :by, chased_at = chased_at - :by
				where warning_id = :w""")
			.param("by", new org.postgresql.util.PGInterval(0, 0, 0, 0, 0, by.toSeconds()))
			.param("w", warningId)
			.update();
	}

}
