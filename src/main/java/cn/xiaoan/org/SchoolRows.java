package cn.xiaoan.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.RegionCode;

/** SQL of the school read model, shared by the management API and exports. */
final class SchoolRows {

	static final String SELECT = """
			select s.id, s.code, s.name, s.type, s.region_code, r.name as region_name, s.address, s.phone,
			       s.boarding, s.student_count, s.boarder_count, s.staff_count
			from org.school s join org.region r on r.code = s.region_code
			""";

	/** Scope and filters; parameters :prefix, :schoolId, :text, :type, :region. */
	static final String WHERE = """
			where s.region_code like :prefix || '%'
			  and (cast(:schoolId as bigint) is null or s.id = :schoolId)
			  and (:text = '' or s.name like '%' || :text || '%' or s.code like :text || '%')
			  and (cast(:type as varchar) is null or s.type = :type)
			  and (cast(:region as varchar) is null or s.region_code like :region || '%')
			""";

	private SchoolRows() {
	}

	/** The parameters of {@link #WHERE}: the caller's scope and the query's filters. */
	static Map<String, Object> params(DataScope scope, SchoolQuery query) {
		Map<String, Object> params = new HashMap<>();
		params.put("prefix", scope.sqlRegionPrefix());
		params.put("schoolId", scope.sqlSchoolId());
		params.put("text", query.text());
		params.put("type", query.type() == null ? null : query.type().name());
		params.put("region",
				RegionCode.isValid(query.regionCode()) ? RegionCode.of(query.regionCode()).prefix() : null);
		return params;
	}

	/**
	 * A row of {@link #SELECT}, read by position: a province's pages read 20,000 schools,
	 * and a look-up of each column by its label was a fifth of the request (ADR 0073).
	 */
	static SchoolSummary map(ResultSet rs, int row) throws SQLException {
		return new SchoolSummary(rs.getLong(1), rs.getString(2), rs.getString(3), SchoolType.valueOf(rs.getString(4)),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getInt(10),
				rs.getInt(11), rs.getInt(12));
	}

}
