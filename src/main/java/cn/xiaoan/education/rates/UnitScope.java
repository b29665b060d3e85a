package cn.xiaoan.education.rates;

import java.util.List;

import cn.xiaoan.org.ClassPlace;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.org.UnitNames;
import cn.xiaoan.people.TeachingClasses;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.stereotype.Component;

/**
 * The units whose rates a caller may see — {@code R:<region code>},
 * {@code S:<school id>}, {@code C:<class id>} — and the caller's own: a bureau's region,
 * a school, a teacher's first class. A teacher or head teacher sees only the classes they
 * teach or lead. Schools, classes and the top province come from org's API, a teacher's
 * classes from people's API: one query per look-up, none names another module's tables.
 */
@Component
class UnitScope {

	private final OrgManagement org;

	private final SchoolStructure structure;

	private final UnitNames names;

	private final TeachingClasses people;

	UnitScope(OrgManagement org, SchoolStructure structure, UnitNames names, TeachingClasses people) {
		this.org = org;
		this.structure = structure;
		this.names = names;
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
			case ALL -> "R:" + names.firstProvince().orElse("450000");
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
				ClassPlace place = classPlace(id);
				if (place == null) {
					throw new NotFound("class", id);
				}
				caller.requireSchool(place.schoolId(), place.regionCode());
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
			case 'C' -> {
				ClassPlace place = classPlace(Long.parseLong(key));
				yield place == null ? null : "S:" + place.schoolId();
			}
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

	private ClassPlace classPlace(long classId) {
		return structure.classPlaces(List.of(classId)).get(classId);
	}

	/** The classes a teacher teaches or leads. */
	private java.util.Set<Long> ownClasses() {
		return people.ownClasses();
	}

	private static boolean limited(CurrentUser caller) {
		return caller.role() == Role.TEACHER || caller.role() == Role.HEAD_TEACHER;
	}

}
