package cn.xiaoan.liaison;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clues forwarded to the police (警校联动): a school leader or bureau forwards, the police of
 * the region acknowledge within the policy's hours, ask for more and record the outcome;
 * both sides write on the clue's thread. Every call checks the caller's role and scope: a
 * clue of another region or school is not found. No student's name goes in — the form has
 * none, and a text naming one of the school's students is refused.
 */
@Service
@Transactional
public class ClueManagement {

	private final Clues clues;

	private final Stations stations;

	private final StudentNames names;

	private final OrgManagement org;

	private final PolicyManagement policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ClueManagement(Clues clues, Stations stations, StudentNames names, OrgManagement org, PolicyManagement policy,
			ApplicationEventPublisher events, Clock clock) {
		this.clues = clues;
		this.stations = stations;
		this.names = names;
		this.org = org;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Forwards a clue to the police station covering the school, or else to the police of
	 * the school's (or the bureau's) region.
	 */
	public ClueView forward(ForwardClue command) {
		CurrentUser caller = Callers.current().require(LiaisonPermissions.CLUE_FORWARD);
		DataScope scope = caller.scope();
		Long schoolId = scope.kind() == DataScope.Kind.SCHOOL ? scope.schoolId() : command.schoolId();
		command.students().forEach(ClueManagement::minimal);
		String region;
		String unit;
		Stations.Row station = null;
		if (schoolId != null) {
			SchoolSummary school = org.school(schoolId);
			region = school.regionCode();
			unit = school.name();
			station = stations.covering(schoolId, region).orElse(null);
			List<String[]> texts = new ArrayList<>(List.of(new String[] { "what", command.what() },
					new String[] { "place", command.place() }, new String[] { "adults", command.adults() },
					new String[] { "relatedCase", command.relatedCase() }));
			command.students().forEach(s -> texts.add(new String[] { "students", s.grade() }));
			names.refuseIn(schoolId, texts);
		}
		else if (scope.kind() == DataScope.Kind.REGION) {
			region = scope.regionPrefix();
			unit = org.callerUnitName();
		}
		else {
			throw new BusinessRuleViolation("schoolId", "liaison.clue.schoolNeeded");
		}
		Instant now = clock.instant();
		int hours = policy.effective(PolicySetting.LIAISON_CLUE_ACKNOWLEDGE_HOURS, region).asInt();
		long id = clues.insert(region, schoolId, unit, command, caller.accountId(), caller.displayName(), now,
				now.plus(Duration.ofHours(hours)), station);
		clues.event(id, now, "FORWARDED", side(caller), caller.displayName(), station == null ? "" : station.name());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("station", station == null ? "" : String.valueOf(station.id()));
		after.put("category", command.category().name());
		after.put("state", ClueState.FORWARDED.name());
		after.put("students", command.students().size());
		events.publishEvent(EntityChanged.created("liaison_clue", id, region, schoolId, after));
		return clues.view(id, now);
	}

	/** The clues the caller sees, filtered; newest first. */
	@Transactional(readOnly = true)
	public List<ClueView> list(ClueState state, ClueCategory category, boolean lateOnly) {
		CurrentUser caller = Callers.current().require(LiaisonPermissions.LIAISON_READ);
		DataScope scope = caller.scope();
		if (scope.kind() == DataScope.Kind.SELF) {
			return List.of();
		}
		return clues.list(scope.sqlRegionPrefix(), scope.sqlSchoolId(), stationOf(caller), state, category, lateOnly,
				clock.instant(), 2000);
	}

	/**
	 * The police station a clue of the school would go to now ("将转送"), or null when none
	 * covers it (the county's police).
	 */
	@Transactional(readOnly = true)
	public String stationFor(long schoolId) {
		Callers.current().require(LiaisonPermissions.CLUE_FORWARD);
		SchoolSummary school = org.school(schoolId);
		return stations.covering(schoolId, school.regionCode()).map(Stations.Row::name).orElse(null);
	}

	/**
	 * Moves (移送) a clue to another station of its county: the county bureau, or the
	 * county's police not attached to a station; recorded on the clue's timeline.
	 */
	public ClueView transfer(long id, TransferClue command) {
		CurrentUser caller = Callers.current().require(LiaisonPermissions.LIAISON_READ);
		if (!transfers(caller)) {
			throw new AccessDenied("only the county bureau and the county's police move a clue");
		}
		Clue clue = visible(caller, id);
		if (clue.state() == ClueState.CLOSED) {
			throw new BusinessRuleViolation("state", "liaison.clue.closed");
		}
		Stations.Row to = stations.find(command.stationId())
			.filter(s -> clue.regionCode().startsWith(s.countyCode()))
			.orElseThrow(() -> new BusinessRuleViolation("stationId", "liaison.clue.stationOutside"));
		if (clue.stationId() != null && clue.stationId() == to.id()) {
			throw new BusinessRuleViolation("stationId", "liaison.clue.sameStation");
		}
		String from = clue.stationId() == null ? ""
				: stations.find(clue.stationId()).map(Stations.Row::name).orElse("");
		Instant now = clock.instant();
		clues.routeTo(id, to);
		clues.event(id, now, "TRANSFERRED", police(caller) ? Side.POLICE : side(caller), caller.displayName(),
				from.isEmpty() ? to.name() : from + " → " + to.name());
		events.publishEvent(EntityChanged.updated("liaison_clue", id, clue.regionCode(), clue.schoolId(),
				Map.of("station", clue.stationId() == null ? "" : String.valueOf(clue.stationId())),
				Map.of("station", String.valueOf(to.id()))));
		return clues.view(id, now);
	}

	private boolean transfers(CurrentUser caller) {
		return police(caller) ? caller.can(LiaisonPermissions.CLUE_ANSWER) && stationOf(caller) == null
				: caller.can(LiaisonPermissions.STATION_KEEP);
	}

	/** The station of a police caller attached to one; null for everyone else. */
	Long stationOf(CurrentUser caller) {
		return police(caller) ? stations.stationOf(caller.accountId()).orElse(null) : null;
	}

	/** A clue the caller sees, with its timeline and the steps the caller may take. */
	@Transactional(readOnly = true)
	public ClueDetail detail(long id) {
		CurrentUser caller = Callers.current().require(LiaisonPermissions.LIAISON_READ);
		Clue clue = visible(caller, id);
		boolean police = police(caller);
		boolean writes = caller.can(police ? LiaisonPermissions.CLUE_ANSWER : LiaisonPermissions.CLUE_FORWARD);
		List<Stations.Row> moves = clue.state() != ClueState.CLOSED && clue.regionCode().length() >= 6
				&& transfers(caller) ? stations.under(clue.regionCode().substring(0, 6)) : List.of();
		return new ClueDetail(clues.view(id, clock.instant()), clues.timeline(id),
				writes ? clue.allowedSteps(police).stream().map(Enum::name).collect(Collectors.toSet())
						: java.util.Set.of(),
				moves.stream()
					.filter(s -> clue.stationId() == null || s.id() != clue.stationId())
					.map(s -> new StationView.Named(String.valueOf(s.id()), s.name()))
					.toList());
	}

	/** The police acknowledge (签收) a clue; after the due time it stays flagged late. */
	public ClueView acknowledge(long id) {
		CurrentUser caller = answering(id);
		Clue clue = visible(caller, id);
		Instant now = clock.instant();
		ClueState to = clue.acknowledge();
		clues.step(id, clue.state(), to);
		clues.acknowledged(id, caller.displayName(), now);
		clues.event(id, now, "ACKNOWLEDGED", Side.POLICE, caller.displayName(), "");
		changed(clue, to, Map.of("late", clue.late(now)));
		return clues.view(id, now);
	}

	/** The police ask the school for more information. */
	public ClueView ask(long id, ClueAnswer question) {
		CurrentUser caller = answering(id);
		Clue clue = visible(caller, id);
		ClueState to = clue.ask();
		Instant now = clock.instant();
		clues.step(id, clue.state(), to);
		clues.event(id, now, "INFO_REQUESTED", Side.POLICE, caller.displayName(), question.text());
		changed(clue, to, Map.of());
		return clues.view(id, now);
	}

	/** The police record the outcome and close the clue. */
	public ClueView close(long id, CloseClue outcome) {
		CurrentUser caller = answering(id);
		Clue clue = visible(caller, id);
		ClueState to = clue.close();
		Instant now = clock.instant();
		clues.step(id, clue.state(), to);
		clues.closed(id, outcome, now);
		clues.event(id, now, "CLOSED", Side.POLICE, caller.displayName(), outcome.note());
		changed(clue, to, Map.of("outcome", outcome.outcome().name()));
		return clues.view(id, now);
	}

	/**
	 * A message on the clue's thread, from the police or from the forwarding side; a
	 * school's answer to a question returns the clue to the police.
	 */
	public ClueView message(long id, ClueAnswer message) {
		CurrentUser caller = Callers.current().require(LiaisonPermissions.LIAISON_READ);
		boolean police = police(caller);
		caller.require(police ? LiaisonPermissions.CLUE_ANSWER : LiaisonPermissions.CLUE_FORWARD);
		Clue clue = visible(caller, id);
		ClueState to = police ? clue.policeWrites() : clue.schoolWrites();
		if (!police && clue.schoolId() != null) {
			names.refuseIn(clue.schoolId(), List.<String[]>of(new String[] { "text", message.text() }));
		}
		Instant now = clock.instant();
		if (to != clue.state()) {
			clues.step(id, clue.state(), to);
		}
		clues.event(id, now, "MESSAGE", police ? Side.POLICE : side(caller), caller.displayName(), message.text());
		events.publishEvent(EntityChanged.created("liaison_clue_message", id, clue.regionCode(), clue.schoolId(),
				Map.of("side", (police ? Side.POLICE : side(caller)).name())));
		return clues.view(id, now);
	}

	private CurrentUser answering(long id) {
		CurrentUser caller = Callers.current().require(LiaisonPermissions.LIAISON_READ);
		return caller.require(LiaisonPermissions.CLUE_ANSWER);
	}

	private void changed(Clue clue, ClueState to, Map<String, Object> more) {
		Map<String, Object> after = new LinkedHashMap<>(more);
		after.put("state", to.name());
		events.publishEvent(EntityChanged.updated("liaison_clue", clue.id(), clue.regionCode(), clue.schoolId(),
				Map.of("state", clue.state().name()), after));
	}

	/** The clue, if it lies in the caller's scope; otherwise it does not exist. */
	Clue visible(CurrentUser caller, long id) {
		Clue clue = clues.find(id).orElseThrow(() -> new NotFound("clue", id));
		DataScope scope = caller.scope();
		boolean sees = switch (scope.kind()) {
			case ALL -> true;
			case REGION -> clue.regionCode().startsWith(scope.regionPrefix());
			case SCHOOL -> clue.schoolId() != null && clue.schoolId().equals(scope.schoolId());
			case SELF -> false;
		};
		Long station = stationOf(caller);
		if (!sees || (station != null && !station.equals(clue.stationId()))) {
			throw new NotFound("clue", id);
		}
		return clue;
	}

	/**
	 * A student only as grade, initials (capital letters) and part: nothing else fits.
	 */
	private static void minimal(InvolvedStudent s) {
		if (s == null || s.grade() == null || s.grade().isBlank() || s.grade().length() > 20 || s.part() == null
				|| s.initials() == null || !s.initials().matches("[A-Z]{1,4}")) {
			throw new BusinessRuleViolation("students", "liaison.student.initials");
		}
	}

	static boolean police(CurrentUser caller) {
		return caller.role() == Role.POLICE_LIAISON;
	}

	private static Side side(CurrentUser caller) {
		return caller.scope().kind() == DataScope.Kind.SCHOOL ? Side.SCHOOL : Side.BUREAU;
	}

}
