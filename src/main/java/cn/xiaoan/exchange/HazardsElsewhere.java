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

	private final JdbcClient jdbc;

	HazardsElsewhere(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Row> newest(String regionPrefix, SafetyCategory category, LocalDate from, LocalDate to, int limit) {
		CurrentUser caller = Callers.current().require(Permission.HAZARD_READ);
		DataScope scope = caller.scope();
		if (scope.kind() != DataScope.Kind.REGION && scope.kind() != DataScope.Kind.ALL) {
			return List.of();
		}
		String own = scope.sqlRegionPrefix();
		String prefix = regionPrefix != null && regionPrefix.startsWith(own) ? regionPrefix : own;
		return jdbc
			.sql("""
					select p.name, h.number, h.school_name, h.region_code, h.category, h.grade, h.reported_at
					from exchange.mirrored_hazard h join exchange.peer p on p.id = h.peer_id
					where h.region_code like :prefix || '%' and (cast(:category as varchar) is null or h.category = :category)
					  and (cast(:from as date) is null or h.reported_at >= cast(:from as date))
					  and (cast(:to as date) is null or h.reported_at < cast(:to as date) + 1)
					order by h.reported_at desc, h.hazard_id desc limit :n""")
			.param("prefix", prefix)
			.param("category", category == null ? null : category.name())
			.param("from", from)
			.param("to", to)
			.param("n", Math.max(1, Math.min(limit, 200)))
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					parse(SafetyCategory.class, rs.getString(5)), parse(HazardGrade.class, rs.getString(6)),
					rs.getObject(7, OffsetDateTime.class)))
			.list();
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
