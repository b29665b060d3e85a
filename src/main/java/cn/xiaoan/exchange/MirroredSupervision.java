package cn.xiaoan.exchange;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardStatus;
import cn.xiaoan.hazard.LedgerElsewhere;
import cn.xiaoan.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mirrored hazards under 挂牌督办 as the 督办 page above lists them (ADR 0078): selected by
 * the ledger's filter ({@link HazardsElsewhere#WHERE}, its 督办 condition for those still
 * under supervision), so the page lists exactly what the ledger's button counts.
 */
@Component
class MirroredSupervision {

	/** Ever listed for 督办, closed or not (the page's "含已销号"). */
	static final String EVER_LISTED = " and h.supervised_level is not null";

	private final JdbcClient jdbc;

	MirroredSupervision(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The rows of the filter's parameters ({@code params} as {@link HazardsElsewhere}
	 * makes them for the caller's scope), most urgent first as the mirror knows it; the
	 * page merges them with its own.
	 */
	List<LedgerElsewhere.Supervised> list(Map<String, Object> params, boolean withClosed) {
		return jdbc
			.sql("select h.origin_name, h.number, h.school_name, h.region_code, h.grade, h.status, "
					+ HazardsElsewhere.DEADLINE + ", " + HazardsElsewhere.OVERDUE
					+ ", h.supervised_level, h.supervising_region, h.supervision_notice, h.supervision_acceptance_due,"
					+ " h.supervision_accepted_at, h.supervision_summoned_at from exchange.mirrored_hazard h where "
					+ HazardsElsewhere.WHERE + (withClosed ? EVER_LISTED : "")
					+ " order by 7 nulls last, h.origin, h.hazard_id")
			.params(params)
			.query((rs, n) -> new LedgerElsewhere.Supervised(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4), parse(HazardGrade.class, rs.getString(5)),
					parse(HazardStatus.class, rs.getString(6)), rs.getObject(7, LocalDate.class), rs.getBoolean(8),
					parse(RegionCode.Level.class, rs.getString(9)), rs.getString(10), rs.getString(11),
					rs.getObject(12, LocalDate.class), rs.getObject(13, OffsetDateTime.class),
					rs.getObject(14, OffsetDateTime.class)))
			.list();
	}

	/** A code this release knows, else null (shown as unknown, never as the code). */
	static <E extends Enum<E>> E parse(Class<E> type, String code) {
		try {
			return code == null ? null : Enum.valueOf(type, code);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
