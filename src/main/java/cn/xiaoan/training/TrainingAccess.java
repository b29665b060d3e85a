package cn.xiaoan.training;

import java.util.List;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;

import org.springframework.stereotype.Component;

/**
 * Who sees and runs what (ADR 0001: scope in the module API). A bureau sees and runs the
 * bases of its region; a school sees the bases whose region contains its own; a booking
 * is seen by its school, by bureaus over that school and by whoever runs the base.
 */
@Component
class TrainingAccess {

	private final TrainingStore store;

	private final OrgManagement org;

	TrainingAccess(TrainingStore store, OrgManagement org) {
		this.store = store;
		this.org = org;
	}

	/** The caller, if the role has anything to do with training bases. */
	CurrentUser caller() {
		CurrentUser caller = Callers.current();
		if (!caller.can(Permission.TRAINING_MANAGE) && !caller.can(Permission.TRAINING_BOOK)) {
			throw new AccessDenied("no training permission");
		}
		return caller;
	}

	List<TrainingBase> visibleBases() {
		CurrentUser caller = caller();
		DataScope scope = caller.scope();
		if (scope.kind() == DataScope.Kind.SCHOOL) {
			return store.basesServing(org.school(scope.schoolId()).regionCode());
		}
		return store.basesUnder(scope.sqlRegionPrefix());
	}

	TrainingBase visibleBase(long id) {
		CurrentUser caller = caller();
		TrainingBase base = store.base(id).orElseThrow(() -> new NotFound("training base", id));
		if (!sees(caller, base)) {
			throw new NotFound("training base", id);
		}
		return base;
	}

	TrainingBase managedBase(long id) {
		TrainingBase base = visibleBase(id);
		if (!manages(Callers.current(), base)) {
			throw new AccessDenied("training base " + id + " is run by another bureau");
		}
		return base;
	}

	boolean manages(CurrentUser caller, TrainingBase base) {
		return caller.can(Permission.TRAINING_MANAGE) && caller.scope().coversRegion(base.regionCode());
	}

	boolean serves(TrainingBase base, String schoolRegion) {
		return RegionCode.of(base.regionCode()).contains(schoolRegion);
	}

	private boolean sees(CurrentUser caller, TrainingBase base) {
		DataScope scope = caller.scope();
		if (scope.kind() == DataScope.Kind.SCHOOL) {
			return serves(base, org.school(scope.schoolId()).regionCode());
		}
		return scope.coversRegion(base.regionCode());
	}

	Booking visibleBooking(long id) {
		CurrentUser caller = caller();
		Booking booking = store.booking(id).orElseThrow(() -> new NotFound("training booking", id));
		if (!caller.scope().coversSchool(booking.schoolId(), booking.regionCode())
				&& !manages(caller, baseOf(booking))) {
			throw new NotFound("training booking", id);
		}
		return booking;
	}

	/** The school that booked (with the right to book) or the base may cancel. */
	void requireCancel(Booking booking, TrainingSession session) {
		CurrentUser caller = Callers.current();
		boolean school = caller.can(Permission.TRAINING_BOOK)
				&& caller.scope().coversSchool(booking.schoolId(), booking.regionCode());
		if (!school && !manages(caller, store.base(session.baseId()).orElseThrow())) {
			throw new AccessDenied("booking " + booking.id() + " may not be cancelled by the caller");
		}
	}

	private TrainingBase baseOf(Booking booking) {
		long baseId = store.session(booking.sessionId()).orElseThrow().baseId();
		return store.base(baseId).orElseThrow();
	}

}
