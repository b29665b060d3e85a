package cn.xiaoan.duty;

import java.math.BigDecimal;
import java.util.List;

import cn.xiaoan.org.SchoolSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of the schools' grid areas. */
@Component
class GridAreas {

	private final JdbcClient jdbc;

	GridAreas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A school's areas, or only those a person is responsible for or deputy of. */
	List<GridArea> of(long schoolId, Long staffId) {
		return jdbc.sql("""
				select a.id, a.school_id, a.building, a.floor, a.area, a.responsible, r.name, a.deputy, d.name,
				       a.map_x, a.map_y
				from duty.grid_area a join duty.holder r on r.staff_id = a.responsible
				left join duty.holder d on d.staff_id = a.deputy
				where a.school_id = :s and (cast(:p as bigint) is null or a.responsible = :p or a.deputy = :p)
				order by a.building, a.floor, a.area, a.id""")
			.param("s", schoolId)
			.param("p", staffId)
			.query((rs, n) -> new GridArea(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getLong(6), rs.getString(7), (Long) rs.getObject(8),
					rs.getString(9) == null ? "" : rs.getString(9), rs.getBigDecimal(10), rs.getBigDecimal(11)))
			.list();
	}

	long insert(SchoolSummary school, NewGridArea a, BigDecimal x, BigDecimal y) {
		return jdbc
			.sql("""
					insert into duty.grid_area (school_id, region_code, building, floor, area, responsible, deputy, map_x, map_y)
					values (:s, :r, :b, :f, :a, :resp, :dep, :x, :y) returning id""")
			.param("s", school.id())
			.param("r", school.regionCode())
			.param("b", a.building())
			.param("f", a.floor())
			.param("a", a.area())
			.param("resp", a.responsibleId())
			.param("dep", a.deputyId())
			.param("x", x)
			.param("y", y)
			.query(Long.class)
			.single();
	}

	void delete(long id) {
		jdbc.sql("delete from duty.grid_area where id = :id").param("id", id).update();
	}

}
