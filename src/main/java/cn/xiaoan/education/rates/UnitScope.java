package cn.xiaoan.education.rates;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.people.TeachingClasses;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The units whose rates a caller may see — {@code R:<region code>},
 * {@code S:<school id>}, {@code C:<class id>} — and the caller's own: a bureau's region,
 * a school, a teacher's first class. A teacher or head teacher sees only the classes they
 * teach or lead. Schools come from org's API, classes from the view org publishes, a
 * teacher's classes from people's API.
 */
@Component
class UnitScope {

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final TeachingClasses people;

	UnitScope(JdbcClient jdbc, OrgManagement org, TeachingClasses people) {
		this.jdbc = jdbc;
		this.org = org;
		this.people = people;
	}

	/**
	 * The caller's own unit (a teacher's led or first taught class; {@code C:-1} for a
	 * teacher without one).
	 */
	String home() {
		CurrentUser caller = Callers.current().require(Permission.EDUCATION_STATS);
		DataScope scope = caller.scope();
		if (limited(caller)) {
			return "C:" + ownClasses().stream().sorted().findFirst().orElse(-1L);
		}
		return switch (scope.kind()) {
			case ALL -> "R:" + jdbc.sql("""
					select code from org.unit_label where kind = 'R' and length(code) = 6 and code like '__0000'
					order by code limit 1""").query(String.class).optional().orElse("450000");
			case REGION -> "R:" + RegionCode.fromPrefix(scope.regionPrefix()).value();
			case SCHOOL -> "S:" + scope.schoolId();
			case SELF -> throw new AccessDenied("students and parents have no rates");
		};
	}

	/** Throws unless the unit lies in the caller's scope. */
	void require(String unit) {
		CurrentUser caller = Callers.current().require(Permission.EDUCATION_STATS);
		if (unit == null || !unit.matches("[CSR]:\\d{1,18}")) {
			throw new NotFound("unit", unit);
		}
		long id = unit.startsWith("R:") ? 0 : Long.parseLong(unit.substring(2));
		switch (unit.charAt(0)) {
			case 'R' -> {
				if (!RegionCode.isValid(unit.substring(2)) || !caller.scope().coversRegion(unit.substring(2))) {
					throw new AccessDenied("region " + unit + " is outside the caller's scope");
				}
			}
			case 'S' ->
				caller.requireSchool(id, org.findSchool(id).orElseThrow(() -> new NotFound("school", id)).regionCode());
			default -> {
				record ClassRef(long school, String region) {
				}
				ClassRef ref = jdbc.sql("select school_id, region_code from org.class_label where class_id = :id")
					.param("id", id)
					.query((rs, n) -> new ClassRef(rs.getLong(1), rs.getString(2)))
					.optional()
					.orElseThrow(() -> new NotFound("class", id));
				caller.requireSchool(ref.school(), ref.region());
				if (limited(caller) && !ownClasses().contains(id)) {
					throw new AccessDenied("a teacher sees the classes they teach");
				}
			}
		}
		if (limited(caller) && !unit.startsWith("C:")) {
			throw new AccessDenied("a teacher sees the classes they teach");
		}
	}

	/**
	 * The unit above in the chain the rates roll up along (class → school → township →
	 * county → city → province, as {@code education.rate_units}); null above a province.
	 */
	String parent(String unit) {
		String key = unit.substring(2);
		return switch (unit.charAt(0)) {
			case 'C' -> jdbc.sql("select 'S:' || school_id from org.class_label where class_id = :id")
				.param("id", Long.parseLong(key))
				.query(String.class)
				.optional()
				.orElse(null);
			case 'S' -> org.findSchool(Long.parseLong(key)).map(s -> "R:" + s.regionCode()).orElse(null);
			default -> {
				if (key.length() == 9) {
					yield "R:" + key.substring(0, 6);
				}
				if (!key.substring(4, 6).equals("00")) {
					yield "R:" + key.substring(0, 4) + "00";
				}
				if (!key.substring(2, 4).equals("00")) {
					yield "R:" + key.substring(0, 2) + "0000";
				}
				yield null;
			}
		};
	}

	/** The classes a teacher teaches or leads. */
	private java.util.Set<Long> ownClasses() {
		return people.ownClasses();
	}

	private static boolean limited(CurrentUser caller) {
		return caller.role() == Role.TEACHER || caller.role() == Role.HEAD_TEACHER;
	}

}
