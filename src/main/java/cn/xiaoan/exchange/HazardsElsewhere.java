package cn.xiaoan.exchange;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.LedgerElsewhere;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.SafetyCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mirrored hazards of the lower installations inside the hazard ledger of the bureau
 * above (read-only, with the installation they come from), through the ledger's extension
 * point: the ledger names none of the exchange's tables and does not depend on it.
 */
@Component
class HazardsElsewhere implements LedgerElsewhere {

	/**
	 * The filter of a page and its count alike: region, category and Beijing days found.
	 */
	private static final String WHERE = """
			h.region_code like :prefix || '%' and (cast(:category as varchar) is null or h.category = :category)
			  and (cast(:from as date) is null
			       or h.reported_at >= cast(cast(:from as date) as timestamp) at time zone 'Asia/Shanghai')
			  and (cast(:to as date) is null
			       or h.reported_at < cast(cast(:to as date) + 1 as timestamp) at time zone 'Asia/Shanghai')
			""";

	private final JdbcClient jdbc;

	HazardsElsewhere(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Row> newest(String regionPrefix, SafetyCategory category, LocalDate from, LocalDate to, int offset,
			int limit) {
		String prefix = prefix(regionPrefix);
		if (prefix == null) {
			return List.of();
		}
		return jdbc.sql("""
				select p.name, h.number, h.school_name, h.region_code, h.category, h.grade, h.reported_at
				from exchange.mirrored_hazard h join exchange.peer p on p.id = h.peer_id
				where\s""" + WHERE + """
				order by h.reported_at desc, h.peer_id, h.hazard_id desc offset :skip limit :n""")
			.param("prefix", prefix)
			.param("category", category == null ? null : category.name())
			.param("from", from)
			.param("to", to)
			.param("skip", Math.max(0, offset))
			.param("n", Math.max(1, Math.min(limit, 200)))
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					parse(SafetyCategory.class, rs.getString(5)), parse(HazardGrade.class, rs.getString(6)),
					rs.getObject(7, OffsetDateTime.class)))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public long count(String regionPrefix, SafetyCategory category, LocalDate from, LocalDate to) {
		String prefix = prefix(regionPrefix);
		if (prefix == null) {
			return 0;
		}
		return jdbc.sql("""
				select count(*) from exchange.mirrored_hazard h where\s""" + WHERE)
			.param("prefix", prefix)
			.param("category", category == null ? null : category.name())
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
	}

	/**
	 * The region prefix read: the one asked when within the caller's scope, else the
	 * whole scope; null for a caller who is not a bureau.
	 */
	private static String prefix(String regionPrefix) {
		CurrentUser caller = Callers.current().require(Permission.HAZARD_READ);
		DataScope scope = caller.scope();
		if (scope.kind() != DataScope.Kind.REGION && scope.kind() != DataScope.Kind.ALL) {
			return null;
		}
		String own = scope.sqlRegionPrefix();
		return regionPrefix != null && regionPrefix.startsWith(own) ? regionPrefix : own;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String code) {
		try {
			return code == null ? null : Enum.valueOf(type, code);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
