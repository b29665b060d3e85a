package cn.xiaoan.platform;

import java.io.Closeable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A streaming replica for read-only work ({@code @ReadsReplica}): a connection from it
 * while its data is at most {@code maxLag} old, otherwise none, and the caller uses the
 * primary. How old is measured on the replica itself, at most once a second: caught up
 * with the WAL it received means current, else the commit time of the last transaction it
 * replayed ({@code pg_last_xact_replay_timestamp()}). The request that was served from
 * the replica carries that time ({@link #AS_OF}) for the page to show.
 */
final class ReadReplica implements Closeable {

	/**
	 * Request attribute: the installation's time of day that the replica's data is
	 * current to.
	 */
	static final String AS_OF = "xiaoanReplicaAsOf";

	private static final Logger log = LoggerFactory.getLogger(ReadReplica.class);

	private static final long SAMPLE_NANOS = Duration.ofSeconds(1).toNanos();

	private final DataSource pool;

	private final Duration maxLag;

	private final ZoneId zone;

	private volatile Sample sample;

	/** After the replica failed to answer, the primary serves until then (nanoTime). */
	private volatile long downUntil = System.nanoTime();

	private record Sample(long takenAt, Instant asOf, Duration lag) {
	}

	ReadReplica(DataSource pool, Duration maxLag, ZoneId zone) {
		this.pool = pool;
		this.maxLag = maxLag;
		this.zone = zone;
	}

	/** A replica connection if the replica answers and is fresh enough. */
	Optional<Connection> connection() {
		if (System.nanoTime() - downUntil < 0) {
			return Optional.empty();
		}
		Connection con = null;
		try {
			con = pool.getConnection();
			Sample now = sample;
			if (now == null || System.nanoTime() - now.takenAt() > SAMPLE_NANOS) {
				now = measure(con);
				sample = now;
			}
			if (now.lag().compareTo(maxLag) > 0) {
				con.close();
				return Optional.empty();
			}
			remember(now.asOf().atZone(zone).toLocalTime().withNano(0));
			return Optional.of(con);
		}
		catch (SQLException ex) {
			log.warn("The read replica did not answer, reading from the primary: {}", ex.getMessage());
			closeQuietly(con);
			downUntil = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			return Optional.empty();
		}
	}

	/** The replica's lag as last measured (zero before the first measurement). */
	Duration lag() {
		Sample now = sample;
		return now == null ? Duration.ZERO : now.lag();
	}

	private static Sample measure(Connection con) throws SQLException {
		try (Statement st = con.createStatement(); ResultSet rs = st.executeQuery("""
				select case when not pg_is_in_recovery() or pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()
				            then now() else pg_last_xact_replay_timestamp() end, now()""")) {
			rs.next();
			Timestamp asOf = rs.getTimestamp(1);
			Instant now = rs.getTimestamp(2).toInstant();
			if (!con.getAutoCommit()) {
				con.commit();
			}
			// A replica that has replayed nothing yet is as stale as can be.
			Instant at = asOf == null ? Instant.EPOCH : asOf.toInstant();
			return new Sample(System.nanoTime(), at,
					Duration.between(at, now).isNegative() ? Duration.ZERO : Duration.between(at, now));
		}
	}

	private static void remember(LocalTime asOf) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return;
		}
		Object earlier = request.getAttribute(AS_OF, RequestAttributes.SCOPE_REQUEST);
		if (!(earlier instanceof LocalTime e) || asOf.isBefore(e)) {
			request.setAttribute(AS_OF, asOf, RequestAttributes.SCOPE_REQUEST);
		}
	}

	private static void closeQuietly(Connection con) {
		if (con != null) {
			try {
				con.close();
			}
			catch (SQLException ex) {
				log.debug("closing a replica connection failed", ex);
			}
		}
	}

	@Override
	public void close() throws java.io.IOException {
		if (pool instanceof Closeable c) {
			c.close();
		}
	}

}
