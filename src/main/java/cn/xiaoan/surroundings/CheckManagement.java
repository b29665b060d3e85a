package cn.xiaoan.surroundings;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.file.Files;
import cn.xiaoan.file.StoredFile;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.ClientSubmission;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks of a school's surroundings made on a phone (ADR 0048), perhaps hours after they
 * were recorded without signal, so each is stored once per client id. A new venue found
 * is put on the register by the same rules as one entered at a desk (distance, flag,
 * case); a known venue must be one the caller sees near that school.
 */
@Service
@Transactional
public class CheckManagement {

	private final VenueChecks checks;

	private final SurroundingsManagement register;

	private final VenueAccess access;

	private final Venues venues;

	private final OrgManagement org;

	private final Files files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CheckManagement(VenueChecks checks, SurroundingsManagement register, VenueAccess access, Venues venues,
			OrgManagement org, Files files, ApplicationEventPublisher events, Clock clock) {
		this.checks = checks;
		this.register = register;
		this.access = access;
		this.venues = venues;
		this.org = org;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/** The checks the caller sees (its region's, or its school's), newest first. */
	@Transactional(readOnly = true)
	public List<VenueCheck> checks(int limit) {
		DataScope scope = Callers.current().require(SurroundingsPermissions.READ).scope();
		return checks.list(scope.sqlRegionPrefix(), scope.kind() == DataScope.Kind.SCHOOL ? scope.schoolId() : null,
				Math.min(Math.max(limit, 1), 5000));
	}

	/**
	 * Stores a check once: a resend of a stored client id answers the stored check
	 * ({@link ClientSubmission}); a school outside the caller's scope is not found.
	 */
	public Received record(RecordCheck command, CaseManagement.Photo photo) {
		CurrentUser caller = Callers.current().require(SurroundingsPermissions.REPORT);
		SchoolSummary school = org.school(command.schoolId());
		validate(caller, command, school.id());
		ClientSubmission stored = ClientSubmission.once(command.clientId(), () -> checks.insert(command, school.name(),
				school.regionCode(), caller.accountId(), caller.displayName()),
				clientId -> checks.byClientId(clientId, caller.accountId()));
		if (!stored.created()) {
			if (checks.check(stored.id()).schoolId() != school.id()) {
				throw new BusinessRuleViolation("clientId", "surroundings.checkIn.clientIdReused");
			}
			return new Received(checks.check(stored.id()), false);
		}
		if (command.outcome() == CheckOutcome.NEW_VENUE) {
			VenueSummary venue = register.register(new RegisterVenue(school.id(), command.kind(), command.name(),
					command.address(), command.longitude(), command.latitude(), null, command.finding()));
			checks.setVenue(stored.id(), venue.id());
		}
		if (photo != null) {
			StoredFile file = files.storePhoto("photo", photo.bytes(), photo.name(), school.id(), school.regionCode());
			checks.setPhoto(stored.id(), file.id());
		}
		VenueCheck check = checks.check(stored.id());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("outcome", command.outcome().name());
		after.put("venue", check.venueId() == null ? "" : check.venueId());
		after.put("at", command.checkedAt().toString());
		after.put("photo", photo != null);
		events.publishEvent(
				EntityChanged.created("surroundings_check", stored.id(), school.regionCode(), school.id(), after));
		return new Received(check, true);
	}

	private void validate(CurrentUser caller, RecordCheck command, long school) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDateTime now = LocalDateTime.now(clock);
		// a phone may keep a check for days without signal, but not from the future
		if (command.checkedAt().isAfter(now.plusMinutes(10)) || command.checkedAt().isBefore(now.minusDays(7))) {
			errors.put("checkedAt", "surroundings.check.when");
		}
		boolean located = command.latitude() != null && command.longitude() != null;
		if ((command.latitude() == null) != (command.longitude() == null) || (located && (command.longitude() < 73
				|| command.longitude() > 136 || command.latitude() < 3 || command.latitude() > 54))) {
			errors.put("latitude", "surroundings.checkIn.position");
		}
		if (command.outcome() == CheckOutcome.NEW_VENUE) {
			if (command.kind() == null) {
				errors.put("kind", "surroundings.check.kind");
			}
			if (command.name().isEmpty()) {
				errors.put("name", "surroundings.check.name");
			}
			if (command.address().isEmpty()) {
				errors.put("address", "surroundings.check.address");
			}
			if (!located) {
				errors.putIfAbsent("latitude", "surroundings.check.located");
			}
		}
		if (command.outcome().aboutKnownVenue()) {
			if (command.venueId() == null) {
				errors.put("venueId", "surroundings.check.venue");
			}
			else {
				// another county's venue is not found; one the caller sees but not near
				// the
				// school is a mistake in the form
				access.visible(caller, command.venueId());
				if (!venues.near(command.venueId(), school)) {
					errors.put("venueId", "surroundings.check.venueNotNear");
				}
			}
		}
		// a venue still there is worth a check only with what was seen
		if (command.outcome() == CheckOutcome.STILL_THERE && command.finding().isEmpty()) {
			errors.put("finding", "surroundings.check.finding.required");
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleViolation(errors);
		}
	}

	/** The stored check and whether this call stored it. */
	public record Received(VenueCheck check, boolean created) {
	}

	/** A venue the check form offers: one the caller sees. */
	@Transactional(readOnly = true)
	public List<VenueSummary> venues() {
		return register.list();
	}

}
