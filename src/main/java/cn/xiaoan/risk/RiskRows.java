package cn.xiaoan.risk;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** The SQL of the module's read models and their mapping to records. */
final class RiskRows {

	static final String POINT = """
			select p.id, p.school_id, p.region_code, p.number, p.template_id, p.category_code, c.name as category_name,
			       p.name, p.location, p.hazard_factors, p.accident_types, p.control_measures, p.emergency_measures,
			       p.responsible_person, p.supervising_department, p.report_phone, p.method, p.l, p.e, p.c, p.s,
			       p.score, p.level, p.assessed_by, p.assessed_at, p.review_due, p.map_x, p.map_y
			from risk.point p join risk.category c on c.code = p.category_code
			""";

	static final String ORDER = " order by case p.level when 'MAJOR' then 0 when 'LARGER' then 1 when 'GENERAL' then 2"
			+ " when 'LOW' then 3 else 4 end, c.seq, p.number";

	static final String TEMPLATE = """
			select t.id, t.category_code, c.name as category_name, t.name, t.hazard_factors, t.accident_types,
			       t.control_measures, t.emergency_measures, t.region_code
			from risk.template t join risk.category c on c.code = t.category_code
			""";

	private RiskRows() {
	}

	static RiskPoint point(ResultSet rs, int row) throws SQLException {
		String level = rs.getString("level");
		Date due = rs.getDate("review_due");
		Long template = rs.getObject("template_id", Long.class);
		return new RiskPoint(rs.getLong("id"), rs.getLong("school_id"), rs.getString("region_code"),
				rs.getString("number"), template, rs.getString("category_code"), rs.getString("category_name"),
				rs.getString("name"), rs.getString("location"), rs.getString("hazard_factors"),
				rs.getString("accident_types"), rs.getString("control_measures"), rs.getString("emergency_measures"),
				rs.getString("responsible_person"), rs.getString("supervising_department"),
				rs.getString("report_phone"), rs.getString("method"), plain(rs.getBigDecimal("l")),
				plain(rs.getBigDecimal("e")), plain(rs.getBigDecimal("c")), plain(rs.getBigDecimal("s")),
				plain(rs.getBigDecimal("score")), level == null ? null : RiskLevel.valueOf(level),
				rs.getString("assessed_by"), rs.getObject("assessed_at", OffsetDateTime.class),
				due == null ? null : due.toLocalDate(), plain(rs.getBigDecimal("map_x")),
				plain(rs.getBigDecimal("map_y")));
	}

	static RiskTemplate template(ResultSet rs, int row) throws SQLException {
		return new RiskTemplate(rs.getLong("id"), rs.getString("category_code"), rs.getString("category_name"),
				rs.getString("name"), rs.getString("hazard_factors"), rs.getString("accident_types"),
				rs.getString("control_measures"), rs.getString("emergency_measures"), rs.getString("region_code"));
	}

	/** 6.0 shows as 6, 0.50 as 0.5. */
	private static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
