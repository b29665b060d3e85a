package cn.xiaoan.schoolbus;

import java.util.Map;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Role;

/**
 * The caller's reach over school-bus rows, each of which carries its school and region: a
 * SQL filter for lists, and a check for one row (outside the scope is "not found").
 */
final class BusScope {

	/**
	 * A filter on a table aliased {@code t} with {@code school_id} and
	 * {@code region_code}.
	 */
	static final String FILTER = "(cast(:scopeSchool as bigint) is null or t.school_id = :scopeSchool)"
			+ " and t.region_code like :scopePrefix || '%'";

	private BusScope() {
	}

	static Map<String, Object> params(CurrentUser caller) {
		DataScope scope = caller.scope();
		java.util.HashMap<String, Object> params = new java.util.HashMap<>();
		params.put("scopeSchool", scope.sqlSchoolId());
		params.put("scopePrefix", scope.sqlRegionPrefix());
		return params;
	}

	static void require(CurrentUser caller, String what, long id, long schoolId, String regionCode) {
		if (caller.role().kind() == Role.Kind.SELF || !caller.scope().coversSchool(schoolId, regionCode)) {
			throw new NotFound(what, id);
		}
	}

	/** Staff of this very school (not a bureau, not the administrator). */
	static boolean ownSchool(CurrentUser caller, long schoolId) {
		return caller.scope().kind() == DataScope.Kind.SCHOOL && caller.scope().schoolId() != null
				&& caller.scope().schoolId() == schoolId && caller.role().kind() == Role.Kind.SCHOOL;
	}

}
