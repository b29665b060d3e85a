package cn.xiaoan.institutions;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.NotFound;

import org.springframework.stereotype.Component;

/**
 * Who reaches an institution: a bureau whose region holds its township, the schools of
 * its county (they read the register), the platform's administrator. Anyone else is told
 * it does not exist; a reader who may not keep the register is refused a change.
 */
@Component
class InstitutionAccess {

	private final Institutions institutions;

	InstitutionAccess(Institutions institutions) {
		this.institutions = institutions;
	}

	/** The institution's township, if the caller may see it. */
	String visible(CurrentUser caller, long id) {
		String region = institutions.regionOf(id).orElseThrow(() -> new NotFound("institution", id));
		if (!region.startsWith(readPrefix(caller))) {
			throw new NotFound("institution", id);
		}
		return region;
	}

	/** The institution's township, if the caller keeps the register there. */
	String editable(CurrentUser caller, long id) {
		String region = visible(caller, id);
		requireKeeps(caller, region);
		return region;
	}

	static void requireKeeps(CurrentUser caller, String region) {
		if (!keeps(caller, region)) {
			throw new AccessDenied("the register is kept by the institution's county and township");
		}
	}

	static boolean keeps(CurrentUser caller, String region) {
		return caller.can(InstitutionsManagement.INSTITUTIONS_EDIT) && caller.scope().coversRegion(region);
	}

	/**
	 * A ban (取缔) is the county's decision: a county bureau or one above it, never a
	 * township alone.
	 */
	static boolean bans(CurrentUser caller) {
		DataScope scope = caller.scope();
		return scope.kind() == DataScope.Kind.ALL
				|| (scope.kind() == DataScope.Kind.REGION && scope.regionPrefix().length() <= 6);
	}

	/**
	 * The region prefix of what the caller reads: a bureau's region, a school's or a
	 * family's county, nothing for anyone else.
	 */
	static String readPrefix(CurrentUser caller) {
		DataScope scope = caller.scope();
		return switch (scope.kind()) {
			case ALL -> "";
			case REGION -> scope.regionPrefix();
			case SCHOOL, SELF -> county(scope.schoolRegion());
		};
	}

	/** The county of a region code; a code that names none reaches nothing. */
	static String county(String region) {
		return region != null && region.length() >= 6 ? region.substring(0, 6) : "-";
	}

	/**
	 * The township a new institution is registered in: the caller's own, or one below.
	 */
	static String township(CurrentUser caller, String asked) {
		DataScope scope = caller.scope();
		String own = scope.kind() == DataScope.Kind.REGION ? scope.regionPrefix() : "";
		String region = asked == null || asked.isBlank() ? own : asked.trim();
		if (!region.matches("\\d{9}")) {
			throw new BusinessRuleViolation("regionCode", "institutions.error.township");
		}
		if (!scope.coversRegion(region)) {
			throw new NotFound("region", region);
		}
		return region;
	}

}
