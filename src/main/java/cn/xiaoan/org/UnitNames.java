package cn.xiaoan.org;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What schools, regions and classes are called, for a page of rows that names them (the
 * audit trail, a care list): a unit's name is public, so there is no scope check. One
 * query per call, however many units are asked for.
 */
@Service
@Transactional(readOnly = true)
public class UnitNames {

	private final JdbcClient jdbc;

	UnitNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The names of these schools, by id (an unknown id is left out). */
	public Map<Long, String> schools(Collection<Long> ids) {
		return byId("select id, name from org.school where id = any(:ids)", ids);
	}

	/** The names of these classes with their grade ("三年级2班"), by id. */
	public Map<Long, String> classes(Collection<Long> ids) {
		return byId("""
				select c.id, g.name || c.name from org.school_class c join org.grade g on g.id = c.grade_id
				where c.id = any(:ids)""", ids);
	}

	/** The names of these regions, by code (an unknown code is left out). */
	public Map<String, String> regions(Collection<String> codes) {
		Map<String, String> names = new HashMap<>();
		if (!codes.isEmpty()) {
			jdbc.sql("select code, name from org.region where code = any(:codes)")
				.param("codes", codes.stream().distinct().toArray(String[]::new))
				.query(rs -> {
					names.put(rs.getString(1), rs.getString(2));
				});
		}
		return names;
	}

	/**
	 * The code of the first province kept (the lowest code), the top unit of the whole
	 * platform's figures; empty before any region is loaded.
	 */
	public Optional<String> firstProvince() {
		return jdbc.sql("""
				select code from org.region where length(code) = 6 and code like '__0000' order by code limit 1""")
			.query(String.class)
			.optional();
	}

	private Map<Long, String> byId(String sql, Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql(sql).param("ids", ids.stream().distinct().toArray(Long[]::new)).query(rs -> {
				names.put(rs.getLong(1), rs.getString(2));
			});
		}
		return names;
	}

}
