package cn.xiaoan.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the mirrors of records from below share as {@link Forwarded} kinds (ADR 0071): the
 * rows a table keeps below a region that do not come from a given installation, each as
 * it would be forwarded (a peer above linked late catches up), and the parts of such a
 * record that say where it comes from. The columns {@code origin}, {@code origin_name},
 * {@code origin_region} and {@code region_code} are every such table's.
 */
final class KeptRows {

	private KeptRows() {
	}

	/**
	 * Each row of {@code table} (this module's) below {@code regionPrefix} not from
	 * {@code notAt}, in {@code order}, as {@code kept} reads it.
	 */
	static void under(JdbcClient jdbc, String columns, String table, String order, String regionPrefix, String notAt,
			RowMapper<Forwarded.Kept> kept, Consumer<Forwarded.Kept> each) {
		jdbc.sql("select " + columns + " from " + table
				+ " where region_code like :prefix || '%' and origin <> :notAt order by " + order)
			.param("prefix", regionPrefix)
			.param("notAt", notAt)
			.query(kept)
			.list()
			.forEach(each);
	}

	/** A body to forward, begun with the installation the row comes from. */
	static Map<String, Object> body(ResultSet rs) throws SQLException {
		Map<String, Object> body = new LinkedHashMap<>();
		new Forwarded.Origin(rs.getString("origin"), rs.getString("origin_name"), rs.getString("origin_region"))
			.into(body);
		return body;
	}

	/**
	 * The row as kept, to forward under {@code kind}: to the peers above whose region
	 * holds its school, never back to where it comes from.
	 */
	static Forwarded.Kept kept(String kind, ResultSet rs, Map<String, Object> body) throws SQLException {
		return new Forwarded.Kept(kind, rs.getString("region_code"), Set.of(rs.getString("origin")), body);
	}

}
