package cn.xiaoan.org;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.xiaoan.shared.CurrentUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes of the region tree, its history (who changed what, when and why) and the moves
 * of schools between regions. Callers have checked permission and scope.
 */
@Component
class RegionStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	RegionStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	Optional<Region> find(String code) {
		return jdbc.sql(RegionRows.SELECT + "where r.code = :c").param("c", code).query(RegionRows::map).optional();
	}

	/**
	 * Regions whose code starts with the prefix, by code. A list, not the query's stream:
	 * that stream keeps its connection until closed, and its callers run outside a
	 * transaction, so every export and import kept one from the pool for good.
	 */
	Map<String, Region> under(String prefix) {
		return jdbc.sql(RegionRows.SELECT + "where r.code like :p || '%'")
			.param("p", prefix)
			.query(RegionRows::map)
			.list()
			.stream()
			.collect(Collectors.toMap(Region::code, r -> r));
	}

	/** Regions directly below a region that are still in use. */
	List<Region> activeChildren(String code) {
		return jdbc.sql(RegionRows.SELECT + "where r.parent_code = :c and r.retired_at is null order by r.code")
			.param("c", code)
			.query(RegionRows::map)
			.list();
	}

	/** Adds regions, parents first, each with an ADD entry in its history. */
	void add(List<Region> regions, String reason, CurrentUser by) {
		template.batchUpdate("insert into org.region (code, name, level, parent_code) values (?, ?, ?, ?)", regions,
				1000, (ps, r) -> {
					ps.setString(1, r.code());
					ps.setString(2, r.name());
					ps.setString(3, r.level().name());
					ps.setString(4, r.parentCode());
				});
		template.batchUpdate("""
				insert into org.region_history (region_code, action, new_value, reason, by_account, by_name)
				values (?, 'ADD', ?, ?, ?, ?)""", regions, 1000, (ps, r) -> {
			ps.setString(1, r.code());
			ps.setString(2, r.name());
			ps.setString(3, reason);
			ps.setLong(4, by.accountId());
			ps.setString(5, by.displayName());
		});
	}

	void rename(String code, String oldName, String newName, String reason, CurrentUser by) {
		jdbc.sql("update org.region set name = :n where code = :c").param("n", newName).param("c", code).update();
		history(code, "RENAME", oldName, newName, reason, by);
	}

	void reparent(String code, String oldParent, String newParent, String reason, CurrentUser by) {
		jdbc.sql("update org.region set parent_code = :p where code = :c")
			.param("p", newParent)
			.param("c", code)
			.update();
		history(code, "REPARENT", oldParent, newParent, reason, by);
	}

	void retire(String code, String successor, String reason, CurrentUser by) {
		jdbc.sql("update org.region set retired_at = now(), successor_code = :s, retired_reason = :r where code = :c")
			.param("s", successor)
			.param("r", reason)
			.param("c", code)
			.update();
		history(code, "RETIRE", null, successor, reason, by);
	}

	private void history(String code, String action, String oldValue, String newValue, String reason, CurrentUser by) {
		jdbc.sql("""
				insert into org.region_history (region_code, action, old_value, new_value, reason, by_account, by_name)
				values (:c, :a, :o, :n, :r, :by, :byName)""")
			.param("c", code)
			.param("a", action)
			.param("o", oldValue)
			.param("n", newValue)
			.param("r", reason)
			.param("by", by.accountId())
			.param("byName", by.displayName())
			.update();
	}

	/** Codes of retired regions, which take no schools. */
	java.util.Set<String> retiredCodes() {
		return new java.util.HashSet<>(
				jdbc.sql("select code from org.region where retired_at is not null").query(String.class).list());
	}

	/** Does any school sit at or below the region with this code prefix? */
	boolean hasSchoolsUnder(String prefix) {
		return jdbc.sql("select exists (select 1 from org.school where region_code like :p || '%')")
			.param("p", prefix)
			.query(Boolean.class)
			.single();
	}

	/** Ids of the schools sitting directly in a region (not below it). */
	List<Long> schoolsAt(String code) {
		return jdbc.sql("select id from org.school where region_code = :c order by id")
			.param("c", code)
			.query(Long.class)
			.list();
	}

	/** Moves a school and records the move with its reason. */
	void moveSchool(long schoolId, String from, String to, String reason, CurrentUser by) {
		jdbc.sql("update org.school set region_code = :to, version = version + 1, updated_at = now() where id = :id")
			.param("to", to)
			.param("id", schoolId)
			.update();
		recordMove(schoolId, from, to, reason, by);
	}

	/** Records a move already written to the school row (the school form). */
	void recordMove(long schoolId, String from, String to, String reason, CurrentUser by) {
		jdbc.sql("""
				insert into org.school_move (school_id, from_region, to_region, reason, by_account, by_name)
				values (:s, :f, :t, :r, :by, :byName)""")
			.param("s", schoolId)
			.param("f", from)
			.param("t", to)
			.param("r", reason)
			.param("by", by.accountId())
			.param("byName", by.displayName())
			.update();
	}

}
