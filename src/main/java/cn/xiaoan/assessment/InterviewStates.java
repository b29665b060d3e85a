package cn.xiaoan.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state of a 约谈 as others hear it ({@link InterviewChanged}): built from the row as
 * it stands, so it cannot disagree with the page. The installation reads them all to send
 * them up once to a new peer above (四级联网).
 */
@Service
@Transactional(readOnly = true)
public class InterviewStates {

	private static final String SELECT = """
			select v.id, s.name, v.period_key, v.school_id, v.school_name, v.region_code, v.opened_by_region, v.deadline,
			       v.status, v.opened_at, v.replied_at, v.closed_at, v.version
			from assessment.interview v join assessment.scheme s on s.id = v.scheme_id""";

	private final JdbcClient jdbc;

	InterviewStates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The state of one 约谈, read in the transaction that changed it. */
	InterviewChanged state(long id) {
		return jdbc.sql(SELECT + " where v.id = :id").param("id", id).query(InterviewStates::state).single();
	}

	/**
	 * The states of every 约谈 with an id above {@code after}, at most {@code limit}, in id
	 * order. Only for a caller who sees the whole platform (the installation, sending).
	 */
	public List<InterviewChanged> after(long after, int limit) {
		if (Callers.current().scope().kind() != DataScope.Kind.ALL) {
			throw new AccessDenied("interviews go up as the installation");
		}
		return jdbc.sql(SELECT + " where v.id > :after order by v.id limit :n")
			.param("after", after)
			.param("n", limit)
			.query(InterviewStates::state)
			.list();
	}

	private static InterviewChanged state(ResultSet rs, int n) throws SQLException {
		return new InterviewChanged(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class),
				InterviewStatus.valueOf(rs.getString(9)), rs.getObject(10, OffsetDateTime.class),
				rs.getObject(11, OffsetDateTime.class), rs.getObject(12, OffsetDateTime.class), rs.getInt(13));
	}

}
