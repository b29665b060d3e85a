package cn.xiaoan.waters;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.NotFound;

import org.springframework.stereotype.Component;

/**
 * Who reaches a water: a bureau whose region holds its township, a school near it (its
 * staff), the platform's administrator. Anyone else is told it does not exist; a reader
 * who may not keep the register is refused a change.
 */
@Component
class WaterAccess {

	private final Waters waters;

	WaterAccess(Waters waters) {
		this.waters = waters;
	}

	/** The water's township, if the caller may see the water. */
	String visible(CurrentUser caller, long id) {
		String region = waters.regionOf(id).orElseThrow(() -> new NotFound("water", id));
		DataScope scope = caller.scope();
		boolean sees = switch (scope.kind()) {
			case ALL -> true;
			case REGION -> region.startsWith(scope.regionPrefix());
			case SCHOOL -> waters.near(id, scope.schoolId());
			case SELF -> false;
		};
		if (!sees) {
			throw new NotFound("water", id);
		}
		return region;
	}

	/** The water's township, if the caller keeps it (a bureau over its township). */
	String editable(CurrentUser caller, long id) {
		String region = visible(caller, id);
		if (!keeps(caller, region)) {
			throw new AccessDenied("the register is kept by the water's township");
		}
		return region;
	}

	static boolean keeps(CurrentUser caller, String region) {
		return caller.can(WatersManagement.WATERS_EDIT) && caller.scope().coversRegion(region);
	}

	/** The township a new water is registered in: the caller's own, or one below it. */
	static String township(CurrentUser caller, String asked) {
		DataScope scope = caller.scope();
		String own = scope.kind() == DataScope.Kind.REGION ? scope.regionPrefix() : "";
		String region = asked == null || asked.isBlank() ? own : asked.trim();
		if (!region.matches("\\d{9}")) {
			throw new cn.xiaoan.shared.BusinessRuleViolation("regionCode", "waters.region.township");
		}
		if (!scope.coversRegion(region)) {
			throw new NotFound("region", region);
		}
		return region;
	}

}
