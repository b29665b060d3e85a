package cn.xiaoan.audit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.RegionCode;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Filters of the audit log (bound from the request parameters of the same names): a
 * period of days (in the installation's zone, which is the database session's), the kind
 * of entity, the kind of action, the actor (part of the account or the name), a region or
 * a school within the caller's scope.
 */
record AuditQuery(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String kind, String action, String actor,
		String region, Long schoolId, Integer page) {

	static final int PAGE_SIZE = 50;

	AuditQuery {
		kind = kind == null ? "" : kind.trim();
		action = action == null ? "" : action.trim();
		actor = actor == null ? "" : actor.trim();
		region = region == null || region.isBlank() ? null : region.trim();
		page = page == null ? 0 : Math.max(0, page);
	}

	static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null, null, 0);
	}

	static final String WHERE = " " + """
			where (:all or (cast(:scopeSchool as bigint) is not null and e.school_id = :scopeSchool)
			       or (cast(:scopeSchool as bigint) is null and e.region_code like :scope || '%'))
			  and (cast(:region as varchar) is null or e.region_code like :region || '%')
			  and (cast(:school as bigint) is null or e.school_id = :school)
			  and (:kind = '' or e.entity_type = :kind)
			  and (:action = '' or e.action = :action)
			  and (:actor = '' or e.username ilike :actor escape '\\' or e.display_name ilike :actor escape '\\')
			  and (cast(:from as date) is null or e.at >= cast(:from as date))
			  and (cast(:to as date) is null or e.at < cast(:to as date) + 1)""";

	Map<String, Object> params(DataScope scope) {
		Map<String, Object> p = new HashMap<>();
		p.put("all", scope.kind() == DataScope.Kind.ALL);
		p.put("scopeSchool", scope.sqlSchoolId());
		p.put("scope", scope.sqlRegionPrefix());
		p.put("region", RegionCode.isValid(region) ? RegionCode.of(region).prefix() : null);
		p.put("school", schoolId);
		p.put("kind", kind);
		p.put("action", action);
		p.put("actor", "%" + actor.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		p.put("from", from);
		p.put("to", to);
		return p;
	}

}
