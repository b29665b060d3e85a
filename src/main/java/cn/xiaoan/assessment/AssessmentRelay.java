package cn.xiaoan.assessment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessment schemes between installations (四级联网): a scheme of a bureau above, kept here
 * as that bureau's scheme, so the bureaus below see it inherited — as from a bureau on
 * their own installation — score with it and may adapt (调整) it, but not edit it. Only the
 * installation itself (the exchange, on a signed envelope) calls it: no role holds
 * {@link #ASSESSMENT_RELAY} but the system's.
 */
@Service
@Transactional
public class AssessmentRelay {

	public static final Permission ASSESSMENT_RELAY = Permission.grantedTo("ASSESSMENT_RELAY");

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AssessmentRelay(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** A scheme with its indicators, as the installations below receive it. */
	@Transactional(readOnly = true)
	public Optional<SchemeFromAbove> toRelay(long schemeId) {
		Callers.current().require(ASSESSMENT_RELAY);
		List<SchemeFromAbove.Item> items = jdbc.sql("""
				select position, name, kind, weight, target from assessment.indicator
				where scheme_id = :s order by position, id""")
			.param("s", schemeId)
			.query((rs, n) -> new SchemeFromAbove.Item(rs.getInt(1), rs.getString(2),
					IndicatorKind.valueOf(rs.getString(3)), rs.getBigDecimal(4), rs.getBigDecimal(5)))
			.list();
		return jdbc.sql("select id, region_code, year, name, created_by_name from assessment.scheme where id = :id")
			.param("id", schemeId)
			.query((rs, n) -> new SchemeFromAbove(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
					rs.getString(5), items))
			.optional();
	}

	/**
	 * The schemes of the bureaus on the path of {@code regionCode}: above it (inherited
	 * there) and at it.
	 */
	@Transactional(readOnly = true)
	public List<Long> along(String regionCode) {
		Callers.current().require(ASSESSMENT_RELAY);
		return jdbc
			.sql("select id from assessment.scheme s where :region like " + SchemeRows.PREFIX + " || '%' order by id")
			.param("region", regionCode)
			.query(Long.class)
			.list();
	}

	/**
	 * Keeps a scheme from above: a new one when {@code localId} is null, else the kept
	 * one updated — its name, and its indicators by position (one an inspector here has
	 * scored is kept even when the scheme above dropped it). Answers the local id.
	 */
	public long receive(Long localId, SchemeFromAbove above) {
		Callers.current().require(ASSESSMENT_RELAY);
		if (!RegionCode.isValid(above.regionCode())) {
			throw new IllegalArgumentException("region");
		}
		long id;
		if (localId == null) {
			id = jdbc.sql("""
					insert into assessment.scheme (region_code, year, name, adapted_from, created_by_name, created_at)
					values (:r, :y, :n, null, :by, :at) returning id""")
				.param("r", above.regionCode())
				.param("y", above.year())
				.param("n", cut(above.name(), 200))
				.param("by", cut(above.createdByName(), 100))
				.param("at", OffsetDateTime.now(clock))
				.query(Long.class)
				.single();
		}
		else {
			id = localId;
			jdbc.sql("update assessment.scheme set name = :n where id = :id")
				.param("n", cut(above.name(), 200))
				.param("id", id)
				.update();
		}
		List<Integer> positions = above.indicators().stream().map(SchemeFromAbove.Item::position).toList();
		jdbc.sql("""
				delete from assessment.indicator i where i.scheme_id = :s and i.position <> all(:p)
				  and not exists (select 1 from assessment.inspection_score x where x.indicator_id = i.id)""")
			.param("s", id)
			.param("p", positions.toArray(Integer[]::new))
			.update();
		for (SchemeFromAbove.Item item : above.indicators()) {
			jdbc.sql("""
					insert into assessment.indicator (scheme_id, position, name, kind, weight, target)
					values (:s, :p, :n, :k, :w, :t)
					on conflict (scheme_id, position) do update set name = excluded.name, kind = excluded.kind,
					  weight = excluded.weight, target = excluded.target""")
				.param("s", id)
				.param("p", item.position())
				.param("n", cut(item.name(), 200))
				.param("k", item.kind().name())
				.param("w", item.weight())
				.param("t", item.kind().computed() ? item.target() : null)
				.update();
		}
		Map<String, Object> after = Map.of("name", above.name(), "year", above.year(), "indicators",
				above.indicators().size(), "by", above.createdByName());
		events.publishEvent(
				localId == null ? EntityChanged.created("assessment_scheme", id, above.regionCode(), null, after)
						: EntityChanged.updated("assessment_scheme", id, above.regionCode(), null, Map.of(), after));
		events.publishEvent(new SchemeChanged(id, above.regionCode()));
		return id;
	}

	private static String cut(String text, int max) {
		String t = text == null ? "" : text;
		return t.length() > max ? t.substring(0, max) : t;
	}

}
