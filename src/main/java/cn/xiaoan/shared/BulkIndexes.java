package cn.xiaoan.shared;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For the scale generators on a freshly generated database: drops a table's secondary
 * indexes (not those behind a primary key or unique constraint) before a bulk load and
 * builds them again afterwards, from their own definitions, so migrations stay the owner
 * of the schema.
 */
public final class BulkIndexes {

	private BulkIndexes() {
	}

	/** Drops the table's secondary indexes and answers their definitions. */
	public static List<String> drop(JdbcClient jdbc, String schema, String table) {
		List<String[]> indexes = jdbc.sql("""
				select i.indexname, i.indexdef from pg_indexes i
				where i.schemaname = :s and i.tablename = :t
				  and not exists (select 1 from pg_constraint c where c.conname = i.indexname
				                  and c.connamespace = cast(:s as regnamespace))""")
			.param("s", schema)
			.param("t", table)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		for (String[] index : indexes) {
			jdbc.sql("drop index " + schema + "." + index[0]).update();
		}
		return indexes.stream().map(i -> i[1]).toList();
	}

	/**
	 * Makes the current transaction a bulk load: no wait for the WAL flush at commit and,
	 * for a superuser, no triggers (foreign keys, roll-up triggers: the generator builds
	 * what they would have written itself).
	 */
	public static void loadingTransaction(JdbcClient jdbc) {
		jdbc.sql("set local synchronous_commit = off").update();
		if (jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single()) {
			jdbc.sql("set local session_replication_role = replica").update();
		}
	}

	/** Builds indexes from their definitions, with memory and workers for it. */
	public static void create(JdbcClient jdbc, List<String> definitions) {
		jdbc.sql("set maintenance_work_mem = '1GB'").update();
		jdbc.sql("set max_parallel_maintenance_workers = 2").update();
		for (String definition : definitions) {
			jdbc.sql(definition).update();
		}
		jdbc.sql("reset maintenance_work_mem").update();
		jdbc.sql("reset max_parallel_maintenance_workers").update();
	}

}
