package cn.xiaoan.surroundings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.MapFrame;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of venues and issues around schools. A venue's distance is measured from
 * the gates of the schools of its county; a venue of a kind the law keeps away from
 * schools is flagged inside the protected zone (a policy setting, 200 m by default), an
 * issue always is, and every flagged record opens a case for its department. Every call
 * checks the caller's role and scope.
 */
@Service
@Transactional
public class SurroundingsManagement {

	private final Venues venues;

	private final Cases cases;

	private final VenueAccess access;

	private final OrgManagement org;

	private final PolicyManagement policy;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	SurroundingsManagement(Venues venues, Cases cases, VenueAccess access, OrgManagement org, PolicyManagement policy,
			ApplicationEventPublisher events, java.time.Clock clock) {
		this.venues = venues;
		this.cases = cases;
		this.access = access;
		this.org = org;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a venue or issue around a school of the caller's scope, measures it against
	 * the known school gates of the county and opens the case when it is flagged.
	 */
	public VenueSummary register(RegisterVenue command) {
		CurrentUser caller = Callers.current().require(SurroundingsPermissions.REPORT);
		SchoolSummary school = org.school(command.schoolId());
		String region = school.regionCode();
		int radius = policy.effective(PolicySetting.SURROUNDINGS_PROTECTED_RADIUS_M, region).asInt();
		int nearbyRadius = policy.effective(PolicySetting.SURROUNDINGS_NEARBY_RADIUS_M, region).asInt();
		List<VenueSchool> near = new ArrayList<>();
		for (SchoolPosition gate : venues.positionsUnder(county(region))) {
			int d = (int) Math.round(
					MapFrame.metresBetween(command.longitude(), command.latitude(), gate.longitude(), gate.latitude()));
			if (d <= nearbyRadius || gate.schoolId() == school.id()) {
				near.add(new VenueSchool(gate.schoolId(), gate.name(), d));
			}
		}
		near.sort(Comparator.comparing(VenueSchool::distanceM));
		VenueSchool nearest = near.isEmpty() ? null : near.get(0);
		Integer distance = nearest == null ? null : nearest.distanceM();
		boolean flagged = !command.kind().forbiddenNearSchools() || (distance != null && distance <= radius);
		long id = venues.insert(region, command, distance, nearest == null ? null : nearest.name(), radius, flagged,
				caller.accountId(), caller.displayName());
		venues.addSchool(id, school.id(), school.name(),
				near.stream()
					.filter(s -> s.schoolId() == school.id())
					.map(VenueSchool::distanceM)
					.findFirst()
					.orElse(null));
		near.forEach(s -> venues.addSchool(id, s.schoolId(), s.name(), s.distanceM()));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("name", command.name());
		after.put("kind", command.kind().name());
		after.put("distance", distance == null ? "" : distance);
		after.put("flagged", flagged);
		events.publishEvent(EntityChanged.created("surroundings_venue", id, region, school.id(), after));
		if (flagged) {
			Department department = command.responsible();
			LocalDate deadline = LocalDate.now(clock)
				.plusDays(policy.effective(PolicySetting.SURROUNDINGS_CASE_DAYS, region).asInt());
			long caseId = cases.open(id, region, department, deadline);
			cases.event(caseId, "OPENED", caller.displayName(), org.callerUnitName(), "");
			events.publishEvent(EntityChanged.created("surroundings_case", caseId, region, null,
					Map.of("venue", id, "department", department.name(), "deadline", deadline.toString())));
		}
		return venues.summary(id);
	}

	/** The venues the caller sees: its region's, or those near its school. */
	@Transactional(readOnly = true)
	public List<VenueSummary> list() {
		DataScope scope = Callers.current().require(SurroundingsPermissions.READ).scope();
		return venues.list(scope.sqlRegionPrefix(), scope.kind() == DataScope.Kind.SCHOOL ? scope.schoolId() : null);
	}

	/** A venue the caller sees, with the schools near it. */
	@Transactional(readOnly = true)
	public VenueDetail detail(long id) {
		CurrentUser caller = Callers.current().require(SurroundingsPermissions.READ);
		access.visible(caller, id);
		return new VenueDetail(venues.summary(id), venues.schools(id));
	}

	/** A venue with the schools near it. */
	public record VenueDetail(VenueSummary venue, List<VenueSchool> schools) {
	}

	/** The schools of the caller's scope and their gates. */
	@Transactional(readOnly = true)
	public List<SchoolPosition> positions() {
		CurrentUser caller = Callers.current().require(SurroundingsPermissions.READ);
		if (caller.role().isPartner()) {
			return List.of();
		}
		List<SchoolSummary> schools = org.schoolsInScope(SchoolQuery.all());
		Map<Long, SchoolPosition> gates = new java.util.HashMap<>();
		venues.positions(schools.stream().map(SchoolSummary::id).toList()).forEach(p -> gates.put(p.schoolId(), p));
		return schools.stream().map(s -> {
			SchoolPosition gate = gates.get(s.id());
			return new SchoolPosition(s.id(), s.name(), s.regionCode(), gate == null ? null : gate.longitude(),
					gate == null ? null : gate.latitude());
		}).toList();
	}

	/**
	 * Sets where a school's gate lies: its bureau, or its own leaders.
	 */
	public void setPosition(long schoolId, double longitude, double latitude) {
		CurrentUser caller = Callers.current();
		if (!caller.can(SurroundingsPermissions.MANAGE)) {
			caller.require(SurroundingsPermissions.POSTS);
		}
		SchoolSummary school = org.school(schoolId);
		if (longitude < 73 || longitude > 136 || latitude < 3 || latitude > 54) {
			throw new cn.xiaoan.shared.BusinessRuleViolation("longitude", "surroundings.position.outside");
		}
		var before = venues.position(schoolId);
		venues.setPosition(schoolId, school.name(), school.regionCode(), longitude, latitude);
		String at = String.format(java.util.Locale.ROOT, "%.6f, %.6f", longitude, latitude);
		events
			.publishEvent(EntityChanged.updated("surroundings_gate", schoolId, school.regionCode(), schoolId,
					Map.of("position", before
						.map(p -> String.format(java.util.Locale.ROOT, "%.6f, %.6f", p.longitude(), p.latitude()))
						.orElse("")),
					Map.of("position", at)));
	}

	/** The county of a region code: its first six digits. */
	static String county(String region) {
		return region.length() >= 6 ? region.substring(0, 6) : region;
	}

}
