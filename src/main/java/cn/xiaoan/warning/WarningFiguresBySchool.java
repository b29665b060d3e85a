package cn.xiaoan.warning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warnings received and acknowledged on time by every school of a region over a period,
 * in one grouped query, for modules that score schools (assessment, 督导考核). On time: the
 * acknowledgement came before the warning's chase interval ran out (when the school is
 * chased, {@link WarningChase}). Days are Beijing's.
 */
@Service
@Transactional(readOnly = true)
public class WarningFiguresBySchool {

	private final JdbcClient jdbc;

	private final Clock clock;

	WarningFiguresBySchool(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The schools under {@code regionPrefix} (which the caller's scope must cover) that
	 * received a warning issued from {@code from} to {@code to}; a school absent received
	 * none.
	 */
	public List<SchoolWarningFigures> of(String regionPrefix, LocalDate from, LocalDate to) {
		DataScope scope = Callers.current().require(WarningManagement.WARNING_READ).scope();
		if (!scope.coversRegion(regionPrefix)) {
			throw new AccessDenied("the region lies outside the caller's scope");
		}
		return jdbc.sql("""
				select t.school_id, count(*),
				       count(*) filter (where %s)
				from warning.target t join warning.warning w on w.id = t.warning_id
				where t.region_code like :p || '%%' and w.issued_at >= :from and w.issued_at < :to
				group by t.school_id""".formatted(Warnings.ON_TIME))
			.param("p", regionPrefix)
			.param("from", from.atStartOfDay(clock.getZone()).toOffsetDateTime())
			.param("to", to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime())
			.query((rs, n) -> new SchoolWarningFigures(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
			.list();
	}

}
