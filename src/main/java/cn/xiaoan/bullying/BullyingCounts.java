package cn.xiaoan.bullying;

import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymised counts for another module (four-level networking sends them to the
 * installation above, ADR 0059): per school and month of the caller's scope, how many
 * cases were opened and how many were found to be bullying (after an appeal, as the
 * appeal decided). Nothing about the children or the case.
 */
@Service
@Transactional(readOnly = true)
public class BullyingCounts {

	/** One school's cases opened in one month (yyyy-MM, Beijing time). */
	public record SchoolMonth(long schoolId, String schoolName, String regionCode, String month, int cases,
			int bullying) {
	}

	private final JdbcClient jdbc;

	BullyingCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The counts of the months from {@code from}'s on, by school and month. */
	public List<SchoolMonth> since(LocalDate from) {
		CurrentUser caller = Callers.current().require(BullyingPermissions.BULLYING_COUNTS);
		return jdbc.sql("""
				select c.school_id, min(c.school_name), min(c.region_code),
				       to_char(c.opened_at at time zone 'Asia/Shanghai', 'YYYY-MM') m, count(*),
				       count(*) filter (where coalesce(a.is_bullying, c.is_bullying))
				from bullying.bullying_case c left join bullying.appeal a on a.case_id = c.id
				where (cast(:s as bigint) is null or c.school_id = :s) and c.region_code like :p || '%'
				  and c.opened_at >= cast(:from as date)
				group by c.school_id, m order by m, c.school_id""")
			.param("s", caller.scope().sqlSchoolId())
			.param("p", caller.scope().sqlRegionPrefix())
			.param("from", from.withDayOfMonth(1))
			.query((rs, n) -> new SchoolMonth(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getInt(6)))
			.list();
	}

}
