package cn.xiaoan.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import cn.xiaoan.shared.RegionCode;

/** SQL of the region read model. */
final class RegionRows {

	static final String SELECT = "select r.code, r.name, r.level, r.parent_code, r.retired_at, r.successor_code from org.region r ";

	/** Bureaus and schools are in China; history is shown in Beijing time. */

	private RegionRows() {
	}

	static Region map(ResultSet rs, int row) throws SQLException {
		return new Region(rs.getString("code"), rs.getString("name"), RegionCode.Level.valueOf(rs.getString("level")),
				rs.getString("parent_code"), rs.getObject("retired_at") != null, rs.getString("successor_code"));
	}

	static OffsetDateTime beijing(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).atZoneSameInstant(ZoneId.systemDefault()).toOffsetDateTime();
	}

}
