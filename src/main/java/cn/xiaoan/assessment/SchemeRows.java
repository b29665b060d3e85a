package cn.xiaoan.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** How a scheme row is read. */
final class SchemeRows {

	static final String SCHEME = """
			select s.id, s.region_code, s.year, s.name, s.adapted_from, f.name, s.created_by_name
			from assessment.scheme s left join assessment.scheme f on f.id = s.adapted_from""";

	/** The significant digits of a scheme's region (RegionCode.prefix in SQL). */
	static final String PREFIX = """
			(case when s.region_code like '%0000' and length(s.region_code) = 6 then substr(s.region_code, 1, 2)
			      when s.region_code like '%00' and length(s.region_code) = 6 then substr(s.region_code, 1, 4)
			      else s.region_code end)""";

	private SchemeRows() {
	}

	static SchemeView scheme(ResultSet rs, Map<String, String> names, List<SchemeView.IndicatorView> indicators)
			throws SQLException {
		Long from = rs.getObject(5) == null ? null : rs.getLong(5);
		return new SchemeView(rs.getLong(1), rs.getString(2), names.getOrDefault(rs.getString(2), rs.getString(2)),
				rs.getInt(3), rs.getString(4), from, rs.getString(6), rs.getString(7), indicators);
	}

}
