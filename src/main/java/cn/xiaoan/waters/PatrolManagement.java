package cn.xiaoan.waters;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.file.Files;
import cn.xiaoan.file.StoredFile;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.ClientSubmission;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patrols of the key waters: a township schedules them for the key periods, its people
 * and the nearby schools' staff record them (from a phone, perhaps hours after, so each
 * record is stored once per client id), and every finding becomes a task of the water's
 * responsible unit that the township closes.
 */
@Service
@Transactional
public class PatrolManagement {

	/** The photos one patrol may carry. */
	static final int MAX_PHOTOS = 4;

	private final Waters waters;

	private final Patrols patrols;

	private final WaterAccess access;

	private final Files files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PatrolDates dates;

	private final OrgManagement org;

	PatrolManagement(Waters waters, Patrols patrols, WaterAccess access, Files files, ApplicationEventPublisher events,
			Clock clock, PatrolDates dates, OrgManagement org) {
		this.waters = waters;
		this.patrols = patrols;
		this.access = access;
		this.files = files;
		this.events = events;
		this.clock = clock;
		this.dates = dates;
		this.org = org;
	}

	/**
	 * A bureau (county, township, or above) sets key patrol dates for its whole region;
	 * every water below it is due a patrol on them (see {@link PatrolDates}).
	 */
	public long setDate(SetPatrolDate command) {
		CurrentUser caller = Callers.current().require(WatersManagement.WATERS_EDIT);
		String prefix = bureauPrefix(caller);
		if (command.endsOn().isBefore(command.startsOn())) {
			throw new BusinessRuleViolation("endsOn", "waters.schedule.order");
		}
		if (command.endsOn().isAfter(command.startsOn().plusDays(92))) {
			throw new BusinessRuleViolation("endsOn", "waters.date.tooLong");
		}
		long id = dates.insert(prefix, command, caller.accountId());
		events.publishEvent(EntityChanged.created("patrol_date", id, region(prefix), null, Map.of("name",
				command.name().trim(), "from", command.startsOn().toString(), "to", command.endsOn().toString())));
		return id;
	}

	/** Removes a date the caller's bureau (or one above the setter) set. */
	public void removeDate(long id) {
		CurrentUser caller = Callers.current().require(WatersManagement.WATERS_EDIT);
		String prefix = dates.prefixOf(id)
			.filter(p -> caller.scope().coversRegion(p))
			.orElseThrow(() -> new NotFound("patrol_date", id));
		dates.delete(id);
		events.publishEvent(new EntityChanged("patrol_date", String.valueOf(id), "DELETE", region(prefix), null,
				Map.of("date", id), Map.of()));
	}

	/**
	 * The key patrol dates of the caller's region: those holding there (set by it or
	 * inherited from above) and those its lower bureaus set.
	 */
	@Transactional(readOnly = true)
	public List<PatrolDate> dates() {
		CurrentUser caller = Callers.current().require(WatersManagement.WATERS_READ);
		DataScope scope = caller.scope();
		String prefix = scope.kind() == DataScope.Kind.SCHOOL ? org.school(scope.schoolId()).regionCode()
				: scope.sqlRegionPrefix();
		return dates.of(prefix, org.regionNames());
	}

	/** The key patrol dates that hold for a water the caller sees. */
	@Transactional(readOnly = true)
	public List<PatrolDate> datesOf(long water) {
		CurrentUser caller = Callers.current().require(WatersManagement.WATERS_READ);
		return dates.holdingFor(access.visible(caller, water), org.regionNames());
	}

	private static String region(String prefix) {
		return prefix.length() == 2 || prefix.length() == 4 ? cn.xiaoan.shared.RegionCode.fromPrefix(prefix).value()
				: prefix;
	}

	private static String bureauPrefix(CurrentUser caller) {
		if (caller.scope().kind() != DataScope.Kind.REGION) {
			throw new cn.xiaoan.shared.AccessDenied("key patrol dates are set by a bureau for its region");
		}
		return caller.scope().regionPrefix();
	}

	/** A schedule for a key period, with a nearby school whose staff patrol. */
	public long schedule(long water, ScheduleCommand command) {
		CurrentUser caller = Callers.current().require(WatersManagement.WATERS_EDIT);
		String region = access.editable(caller, water);
		if (command.endsOn().isBefore(command.startsOn())) {
			throw new BusinessRuleViolation("endsOn", "waters.schedule.order");
		}
		if (command.endsOn().isAfter(command.startsOn().plusDays(366))) {
			throw new BusinessRuleViolation("endsOn", "waters.schedule.tooLong");
		}
		if (command.schoolId() != null && !waters.near(water, command.schoolId())) {
			throw new BusinessRuleViolation("schoolId", "waters.schedule.notNear");
		}
		long id = patrols.schedule(water, command);
		events.publishEvent(EntityChanged.created("patrol_schedule", id, region, command.schoolId(),
				Map.of("water", water, "period", command.period().name(), "from", command.startsOn().toString(), "to",
						command.endsOn().toString())));
		return id;
	}

	/**
	 * Stores a patrol once: a resend of a stored client id answers the stored record
	 * ({@link ClientSubmission}); the first arrival stores its photos and opens a task
	 * per finding for the water's responsible unit.
	 */
	public Received record(RecordPatrol command, List<Photo> photos) {
		CurrentUser caller = Callers.current().require(WatersManagement.WATERS_PATROL);
		String region = access.visible(caller, command.waterId());
		check(command, photos);
		ClientSubmission stored = ClientSubmission.once(command.clientId(),
				() -> patrols.insert(command, region, caller.accountId(), caller.displayName()),
				clientId -> patrols.byClientId(clientId, caller.accountId()));
		if (stored.created()) {
			for (Photo photo : photos) {
				StoredFile file = files.storePhoto("photo", photo.bytes(), photo.name(), null, region);
				patrols.addPhoto(stored.id(), file.id());
			}
			String unit = waters.summary(command.waterId()).ownerUnit();
			LocalDate today = LocalDate.now(clock);
			for (Finding finding : command.findings()) {
				patrols.openFinding(stored.id(), command.waterId(), region, finding, unit,
						today.plusDays(finding.daysToDeal()));
			}
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("water", command.waterId());
			after.put("findings", command.findings().stream().map(Enum::name).toList());
			after.put("photos", photos.size());
			events.publishEvent(EntityChanged.created("patrol", stored.id(), region, null, after));
			if (!command.findings().isEmpty()) {
				events.publishEvent(EntityChanged.created("water_finding", stored.id(), region, null,
						Map.of("count", command.findings().size())));
			}
			events.publishEvent(new PatrolReceived(stored.id(), command.waterId(), region, command.findings().size()));
		}
		else if (patrols.patrol(stored.id()).waterId() != command.waterId()) {
			throw new BusinessRuleViolation("clientId", "waters.patrol.clientIdReused");
		}
		return new Received(patrols.patrol(stored.id()), stored.created());
	}

	private void check(RecordPatrol c, List<Photo> photos) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDateTime now = LocalDateTime.now(clock);
		// a phone may keep a record for days without signal, but not from the future
		if (c.patrolledAt().isAfter(now.plusMinutes(10)) || c.patrolledAt().isBefore(now.minusDays(30))) {
			errors.put("patrolledAt", "waters.patrol.when");
		}
		if ((c.latitude() == null) != (c.longitude() == null)
				|| (c.latitude() != null && (Math.abs(c.latitude()) > 90 || Math.abs(c.longitude()) > 180))) {
			errors.put("latitude", "waters.patrol.position.error");
		}
		if (photos.size() > MAX_PHOTOS) {
			errors.put("photo", "waters.patrol.photos.error");
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleViolation(errors);
		}
	}

	/** The patrols of the caller's waters, newest first. */
	@Transactional(readOnly = true)
	public List<Patrol> patrols(int limit) {
		DataScope scope = Callers.current().require(WatersManagement.WATERS_READ).scope();
		return patrols.list(scope.sqlRegionPrefix(), scope.kind() == DataScope.Kind.SCHOOL ? scope.schoolId() : null,
				Math.min(Math.max(limit, 1), 5000));
	}

	/** The open findings of the caller's waters, earliest deadline first. */
	@Transactional(readOnly = true)
	public List<FindingTask> openFindings() {
		DataScope scope = Callers.current().require(WatersManagement.WATERS_READ).scope();
		return patrols.openFindings(scope.sqlRegionPrefix(),
				scope.kind() == DataScope.Kind.SCHOOL ? scope.schoolId() : null);
	}

	/** The township closes a finding with what its responsible unit did. */
	public void close(long finding, String note) {
		CurrentUser caller = Callers.current().require(WatersManagement.WATERS_EDIT);
		long[] found = patrols.findingWater(finding).orElseThrow(() -> new NotFound("finding", finding));
		String region = access.editable(caller, found[0]);
		String text = note == null ? "" : note.trim();
		if (text.isEmpty() || text.length() > 500) {
			throw new BusinessRuleViolation("note", "waters.finding.note");
		}
		if (found[1] == 1) {
			throw new BusinessRuleViolation("note", "waters.finding.closed");
		}
		patrols.close(finding, caller.displayName(), text);
		events.publishEvent(EntityChanged.updated("water_finding", finding, region, null, Map.of("open", true),
				Map.of("open", false, "note", text)));
	}

	/** A photo as it came from the phone. */
	public record Photo(byte[] bytes, String name) {
	}

	/** The stored patrol and whether this call stored it. */
	public record Received(Patrol patrol, boolean created) {
	}

}
