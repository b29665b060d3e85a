package cn.xiaoan.liaison;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolQuery;
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
import cn.xiaoan.shared.Permission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 法治副校长 register's API, and the county's overview of liaison: a school (or a bureau
 * above it) appoints its 法治副校长 and logs the duties done; the county sees the schools
 * without a current one and the appointments about to lapse. Every call checks the
 * caller's role and scope; a school or appointment outside it is not found.
 */
@Service
@Transactional
public class LiaisonManagement {

	private final Deputies deputies;

	private final ClueManagement clues;

	private final OrgManagement org;

	private final PolicyManagement policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LiaisonManagement(Deputies deputies, ClueManagement clues, OrgManagement org, PolicyManagement policy,
			ApplicationEventPublisher events, Clock clock) {
		this.deputies = deputies;
		this.clues = clues;
		this.org = org;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/** Appoints a school's 法治副校长 for a period. */
	public DeputyView appoint(AppointDeputy command) {
		CurrentUser caller = Callers.current().require(LiaisonPermissions.DEPUTY_EDIT);
		DataScope scope = caller.scope();
		Long schoolId = scope.kind() == DataScope.Kind.SCHOOL ? scope.schoolId() : command.schoolId();
		if (schoolId == null) {
			throw new BusinessRuleViolation("schoolId", "liaison.deputy.schoolNeeded");
		}
		SchoolSummary school = org.school(schoolId);
		long id = deputies.insert(schoolId, school.regionCode(), school.name(), command, caller.accountId(),
				clock.instant());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("name", command.name());
		after.put("policeUnit", command.policeUnit());
		after.put("startsOn", command.startsOn().toString());
		after.put("endsOn", command.endsOn().toString());
		events.publishEvent(EntityChanged.created("liaison_deputy", id, school.regionCode(), schoolId, after));
		return deputy(id).deputy();
	}

	/** An appointment the caller sees, with its duties. */
	@Transactional(readOnly = true)
	public DeputyDetail deputy(long id) {
		CurrentUser caller = Callers.current().require(LiaisonPermissions.LIAISON_READ);
		DeputyView d = visible(caller, id);
		return new DeputyDetail(d, deputies.duties(id), keeps(caller));
	}

	/** Logs a duty done: a lecture, a visit, help with a case. */
	public DeputyDetail logDuty(long deputyId, LogDuty duty) {
		CurrentUser caller = Callers.current().require(LiaisonPermissions.DEPUTY_EDIT);
		DeputyView d = visible(caller, deputyId);
		deputies.addDuty(deputyId, duty, caller.displayName(), clock.instant());
		events.publishEvent(EntityChanged.created("liaison_duty", deputyId, d.regionCode(), d.schoolId(),
				Map.of("kind", duty.kind().name(), "doneOn", duty.doneOn().toString())));
		return deputy(deputyId);
	}

	/**
	 * Each school of the caller's scope with its current 法治副校长 or none; a partner not
	 * shown the schools sees the appointments only.
	 */
	@Transactional(readOnly = true)
	public List<SchoolDeputy> register() {
		CurrentUser caller = Callers.current().require(LiaisonPermissions.LIAISON_READ);
		DataScope scope = caller.scope();
		if (scope.kind() == DataScope.Kind.SELF) {
			return List.of();
		}
		Map<Long, DeputyView> latest = new HashMap<>();
		deputies.latest(scope.sqlRegionPrefix(), scope.sqlSchoolId(), today(), alertDays())
			.forEach(d -> latest.put(d.schoolId(), d));
		List<SchoolDeputy> rows = new ArrayList<>();
		if (caller.can(Permission.SCHOOL_READ)) {
			List<SchoolSummary> schools = scope.kind() == DataScope.Kind.SCHOOL ? List.of(org.school(scope.schoolId()))
					: org.schoolsInScope(SchoolQuery.all());
			schools.forEach(s -> rows.add(new SchoolDeputy(s.id(), s.name(), s.regionCode(), latest.get(s.id()))));
		}
		else {
			latest.values().forEach(d -> rows.add(new SchoolDeputy(d.schoolId(), d.schoolName(), d.regionCode(), d)));
		}
		return rows;
	}

	/** Every appointment of the scope, lapsed ones too, for the register's export. */
	@Transactional(readOnly = true)
	public List<DeputyView> appointments() {
		CurrentUser caller = Callers.current().require(LiaisonPermissions.LIAISON_READ);
		DataScope scope = caller.scope();
		if (scope.kind() == DataScope.Kind.SELF) {
			return List.of();
		}
		return deputies.all(scope.sqlRegionPrefix(), scope.sqlSchoolId(), today(), alertDays());
	}

	/**
	 * The county's figures: clues by state and category, late acknowledgements, schools
	 * without a current 法治副校长, appointments lapsing soon.
	 */
	@Transactional(readOnly = true)
	public LiaisonOverview overview() {
		Callers.current().require(LiaisonPermissions.LIAISON_READ);
		List<ClueView> all = clues.list(null, null, false);
		Map<ClueState, Integer> byState = new EnumMap<>(ClueState.class);
		Map<ClueCategory, Integer> byCategory = new EnumMap<>(ClueCategory.class);
		for (ClueState s : ClueState.values()) {
			byState.put(s, 0);
		}
		for (ClueCategory c : ClueCategory.values()) {
			byCategory.put(c, 0);
		}
		int late = 0;
		for (ClueView c : all) {
			byState.merge(c.state(), 1, Integer::sum);
			byCategory.merge(c.category(), 1, Integer::sum);
			late += c.late() ? 1 : 0;
		}
		List<SchoolDeputy> register = register();
		int without = (int) register.stream().filter(r -> !r.hasCurrent()).count();
		int expiring = (int) register.stream()
			.filter(r -> r.deputy() != null && r.deputy().status() == DeputyStatus.EXPIRING)
			.count();
		return new LiaisonOverview(all.size(), byState, byCategory, late, register.size(), without, expiring);
	}

	private DeputyView visible(CurrentUser caller, long id) {
		DeputyView d = deputies.find(id, today(), alertDays()).orElseThrow(() -> new NotFound("deputy", id));
		if (!caller.scope().coversSchool(d.schoolId(), d.regionCode())) {
			throw new NotFound("deputy", id);
		}
		return d;
	}

	static boolean keeps(CurrentUser caller) {
		return caller.can(LiaisonPermissions.DEPUTY_EDIT);
	}

	static void requireKeeper(CurrentUser caller) {
		if (!keeps(caller)) {
			throw new AccessDenied("the register is kept by the school and its bureaus");
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Clues.BEIJING));
	}

	private ToIntFunction<String> alertDays() {
		Map<String, Integer> cache = new HashMap<>();
		return region -> cache.computeIfAbsent(region,
				r -> policy.effective(PolicySetting.LIAISON_DEPUTY_EXPIRY_ALERT_DAYS, r).asInt());
	}

}
