package cn.xiaoan.accident;

import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accidents of every school of a region over a period by grade, in one grouped query
 * over the ledger's own day bounds (Beijing days, {@link AccidentLedger#WHERE}), for
 * modules that score schools (assessment, 督导考核) and must not read the accident tables.
 */
@Service
@Transactional(readOnly = true)
public class AccidentFiguresBySchool {

	private final JdbcClient jdbc;

	AccidentFiguresBySchool(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The schools under {@code regionPrefix} (which the caller's scope must cover) with
	 * an accident from {@code from} to {@code to}; a school absent had none.
	 */
	public List<SchoolAccidentFigures> of(String regionPrefix, LocalDate from, LocalDate to) {
		DataScope scope = Callers.current().require(AccidentManagement.ACCIDENT_READ).scope();
		if (!scope.coversRegion(regionPrefix)) {
			throw new AccessDenied("the region lies outside the caller's scope");
		}
		return jdbc.sql("""
				select a.school_id, count(*) filter (where a.severity = 'GENERAL'),
				       count(*) filter (where a.severity = 'LARGER'), count(*) filter (where a.severity = 'MAJOR'),
				       count(*) filter (where a.severity = 'ESPECIALLY_MAJOR')
				from accident.accident a where a.region_code like :prefix || '%'
				  and a.occurred_at >= cast(cast(:from as date) as timestamp) at time zone 'Asia/Shanghai'
				  and a.occurred_at < cast(cast(:to as date) + 1 as timestamp) at time zone 'Asia/Shanghai'
				group by a.school_id""")
			.param("prefix", regionPrefix)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new SchoolAccidentFigures(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
					rs.getInt(5)))
			.list();
	}

}
