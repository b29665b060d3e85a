package cn.xiaoan.accident;

import java.time.OffsetDateTime;
import java.util.List;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accidents not yet closed in the caller's region, as the facts another module may
 * pass on (the first full sync of four-level networking, ADR 0061): the facts of
 * {@link AccidentReported} that name nobody. Victims, reporters, places and descriptions
 * stay here.
 */
@Service
@Transactional(readOnly = true)
public class OpenAccidents {

	/** An open accident's facts. */
	public record OpenAccident(long accidentId, long schoolId, String regionCode, AccidentKind kind, Severity severity,
			OffsetDateTime occurredAt) {
	}

	private final JdbcClient jdbc;

	OpenAccidents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Up to {@code limit} open accidents with an id above {@code afterId}, by id. */
	public List<OpenAccident> after(long afterId, int limit) {
		DataScope scope = Callers.current().require(AccidentManagement.ACCIDENT_READ).scope();
		if (scope.kind() != DataScope.Kind.ALL && scope.kind() != DataScope.Kind.REGION) {
			return List.of();
		}
		return jdbc.sql("""
				select id, school_id, region_code, kind, severity, occurred_at from accident.accident
				where id > :after and region_code like :prefix || '%' and closed_at is null order by id limit :n""")
			.param("after", afterId)
			.param("prefix", scope.sqlRegionPrefix())
			.param("n", Math.max(1, Math.min(limit, 1000)))
			.query((rs, n) -> new OpenAccident(rs.getLong(1), rs.getLong(2), rs.getString(3),
					AccidentKind.valueOf(rs.getString(4)), Severity.valueOf(rs.getString(5)),
					rs.getObject(6, OffsetDateTime.class)))
			.list();
	}

}
