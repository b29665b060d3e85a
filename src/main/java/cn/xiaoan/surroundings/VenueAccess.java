package cn.xiaoan.surroundings;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.NotFound;

import org.springframework.stereotype.Component;

/**
 * Who reaches a venue and its case: a bureau or partner whose region holds it, a school
 * near it, the platform's administrator; a partner only the cases of its own department.
 * Anyone else is told it does not exist.
 */
@Component
class VenueAccess {

	private final Venues venues;

	private final Cases cases;

	VenueAccess(Venues venues, Cases cases) {
		this.venues = venues;
		this.cases = cases;
	}

	/** The venue's region, if the caller may see the venue. */
	String visible(CurrentUser caller, long id) {
		String region = venues.regionOf(id).orElseThrow(() -> new NotFound("venue", id));
		if (!sees(caller, id, region)) {
			throw new NotFound("venue", id);
		}
		return region;
	}

	/** The case's header (region, department, state, venue) if the caller may see it. */
	String[] visibleCase(CurrentUser caller, long id) {
		String[] header = cases.header(id).orElseThrow(() -> new NotFound("venueCase", id));
		if (!sees(caller, Long.parseLong(header[3]), header[0])) {
			throw new NotFound("venueCase", id);
		}
		Department own = Department.of(caller.role());
		if (caller.role().isPartner() && own != Department.valueOf(header[1])) {
			throw new NotFound("venueCase", id);
		}
		return header;
	}

	/** The case's header if the caller keeps the register over its region. */
	String[] managedCase(CurrentUser caller, long id) {
		String[] header = visibleCase(caller, id);
		if (!caller.can(SurroundingsPermissions.MANAGE) || !caller.scope().coversRegion(header[0])) {
			throw new AccessDenied("the county keeps the surroundings cases");
		}
		return header;
	}

	private boolean sees(CurrentUser caller, long venue, String region) {
		DataScope scope = caller.scope();
		return switch (scope.kind()) {
			case ALL -> true;
			case REGION -> region.startsWith(scope.regionPrefix());
			case SCHOOL -> venues.near(venue, scope.schoolId());
			case SELF -> false;
		};
	}

}
