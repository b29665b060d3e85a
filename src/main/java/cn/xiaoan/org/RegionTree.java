package cn.xiaoan.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region tree as administrators browse it: children with their school counts, search,
 * the path above a region, its history and the schools moved in or out. Only the caller's
 * region and what lies below it are visible.
 */
@Service
@Transactional(readOnly = true)
class RegionTree {

	private static final String NODE = """
			select r.code, r.name, r.level, r.parent_code, r.retired_at, r.successor_code, s.name as successor_name
			from org.region r left join org.region s on s.code = r.successor_code
			""";

	private final JdbcClient jdbc;

	RegionTree(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The caller's top of the tree: every province, or the bureau's own region. */
	List<RegionNode> roots() {
		DataScope scope = RegionRules.administrator().scope();
		if (scope.kind() == DataScope.Kind.ALL) {
			return withCounts(jdbc.sql(NODE + "where r.parent_code is null order by r.code"), "");
		}
		String own = RegionCode.fromPrefix(scope.regionPrefix()).value();
		return withCounts(jdbc.sql(NODE + "where r.code = :c").param("c", own), scope.regionPrefix());
	}

	/** A region of the caller's scope with the number of schools at and below it. */
	RegionNode node(String code) {
		Region region = visible(code);
		return withCounts(jdbc.sql(NODE + "where r.code = :c").param("c", code), region.prefix()).get(0);
	}

	List<RegionNode> children(String code) {
		Region parent = visible(code);
		return withCounts(jdbc.sql(NODE + "where r.parent_code = :c order by r.code").param("c", code),
				parent.prefix());
	}

	/**
	 * Regions of the caller's scope whose name contains the text or whose code starts
	 * with it.
	 */
	List<RegionNode> search(String text) {
		DataScope scope = RegionRules.administrator().scope();
		String t = text == null ? "" : text.trim();
		if (t.isEmpty()) {
			return List.of();
		}
		return withCounts(jdbc.sql(NODE + """
				where r.code like :p || '%' and (r.name like '%' || :t || '%' or r.code like :t || '%')
				order by r.code limit 50""").param("p", scope.sqlRegionPrefix()).param("t", t),
				scope.sqlRegionPrefix());
	}

	/** A region of the caller's scope; any other is not found. */
	Region visible(String code) {
		CurrentUser caller = RegionRules.administrator();
		Region region = jdbc.sql(RegionRows.SELECT + "where r.code = :c")
			.param("c", code)
			.query(RegionRows::map)
			.optional()
			.orElseThrow(() -> new NotFound("region", code));
		if (!caller.scope().coversRegion(code)) {
			throw new NotFound("region", code);
		}
		return region;
	}

	/**
	 * The name of a region; names are public (a successor may lie in another bureau's
	 * scope).
	 */
	String nameOf(String code) {
		return jdbc.sql("select name from org.region where code = :c").param("c", code).query(String.class).single();
	}

	/** The regions from the caller's top down to this one (the breadcrumb). */
	List<Region> path(String code) {
		DataScope scope = RegionRules.administrator().scope();
		visible(code);
		List<Region> path = new ArrayList<>(jdbc.sql("""
				with recursive up as (
				  select r.*, 0 as depth from org.region r where r.code = :c
				  union all
				  select p.*, up.depth + 1 from org.region p join up on p.code = up.parent_code where up.depth < 6)
				select code, name, level, parent_code, retired_at, successor_code from up order by depth desc""")
			.param("c", code)
			.query(RegionRows::map)
			.list());
		path.removeIf(r -> !scope.coversRegion(r.code()));
		return path;
	}

	List<RegionChange> history(String code) {
		visible(code);
		return jdbc.sql("""
				select h.action, coalesce(o.name, h.old_value) as old_value, coalesce(n.name, h.new_value) as new_value,
				       h.reason, h.by_name, h.at
				from org.region_history h
				left join org.region o on h.action = 'REPARENT' and o.code = h.old_value
				left join org.region n on h.action in ('REPARENT', 'RETIRE') and n.code = h.new_value
				where h.region_code = :c order by h.at desc, h.id desc""")
			.param("c", code)
			.query((rs, n) -> new RegionChange(rs.getString("action"), rs.getString("old_value"),
					rs.getString("new_value"), rs.getString("reason"), rs.getString("by_name"),
					RegionRows.beijing(rs, "at")))
			.list();
	}

	/** Schools moved into or out of the region. */
	List<SchoolMove> movesOf(String code) {
		visible(code);
		return moves("m.from_region = :k or m.to_region = :k", code);
	}

	/** The moves of one school; the caller has checked its scope. */
	List<SchoolMove> movesOfSchool(long schoolId) {
		return moves("m.school_id = :k", schoolId);
	}

	private List<SchoolMove> moves(String where, Object key) {
		return jdbc.sql("""
				select m.school_id, s.name as school_name, m.from_region, f.name as from_name, m.to_region,
				       t.name as to_name, m.reason, m.by_name, m.at
				from org.school_move m join org.school s on s.id = m.school_id
				join org.region f on f.code = m.from_region join org.region t on t.code = m.to_region
				where %s order by m.at desc, m.id desc limit 200""".formatted(where))
			.param("k", key)
			.query((rs, n) -> new SchoolMove(rs.getLong("school_id"), rs.getString("school_name"),
					rs.getString("from_region"), rs.getString("from_name"), rs.getString("to_region"),
					rs.getString("to_name"), rs.getString("reason"), rs.getString("by_name"),
					RegionRows.beijing(rs, "at")))
			.list();
	}

	/**
	 * Counts the schools at and below each region with one grouped query over the schools
	 * under {@code prefix}.
	 */
	private List<RegionNode> withCounts(JdbcClient.StatementSpec query, String prefix) {
		List<RegionNode> nodes = query.query(RegionTree::node).list();
		Map<String, Long> byRegion = new HashMap<>();
		jdbc.sql("select region_code, count(*) from org.school where region_code like :p || '%' group by region_code")
			.param("p", prefix)
			.query(rs -> {
				byRegion.put(rs.getString(1), rs.getLong(2));
			});
		return nodes.stream().map(node -> {
			String own = node.region().prefix();
			long schools = byRegion.entrySet()
				.stream()
				.filter(e -> e.getKey().startsWith(own))
				.mapToLong(Map.Entry::getValue)
				.sum();
			return new RegionNode(node.region(), node.successorName(), schools);
		}).toList();
	}

	private static RegionNode node(ResultSet rs, int row) throws SQLException {
		return new RegionNode(RegionRows.map(rs, row), rs.getString("successor_name"), 0);
	}

}
