package cn.xiaoan.platform;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found by {@code deploy/fault-test.sh}: while the primary restarts, a request whose
 * connection broke fails again on rollback, on the pool's already closed connection, and
 * that must still answer 503, not 500.
 */
class DatabaseOutageFilterTests {

	@Test
	void aRollbackOnTheLostConnectionIsAnOutage() {
		assertThat(DatabaseOutageFilter
			.isOutage(new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"))))
			.isTrue();
	}

	@Test
	void aFailedRollbackAfterAnOutageIsAnOutage() {
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("something else"));
		rollback.initApplicationException(new DataAccessResourceFailureException("I/O error"));
		assertThat(DatabaseOutageFilter.isOutage(rollback)).isTrue();
	}

	@Test
	void aFailedCommitOfAConflictIsNotAnOutage() {
		assertThat(DatabaseOutageFilter
			.isOutage(new TransactionSystemException("JDBC commit failed", new SQLException("conflict", "40001"))))
			.isFalse();
	}

}
