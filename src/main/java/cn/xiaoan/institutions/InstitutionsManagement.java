package cn.xiaoan.institutions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The off-campus institutions register and its published lists: the county and its
 * townships keep the register, the county's schools read it, the county publishes the
 * black and white lists its schools and families read. Every call checks the caller's
 * role and scope.
 */
@Service
@Transactional
public class InstitutionsManagement {

	/**
	 * Read the register: the bureaus of the region, the staff of the county's schools.
	 */
	public static final Permission INSTITUTIONS_READ = Permission.grantedTo("INSTITUTIONS_READ", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER, Role.HEAD_TEACHER, Role.TEACHER);

	/**
	 * Keep the register, inspect, follow rectifications and resettlements: the county and
	 * its townships.
	 */
	public static final Permission INSTITUTIONS_EDIT = Permission.grantedTo("INSTITUTIONS_EDIT", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER);

	/**
	 * Read the published black and white lists: staff of the region, students, parents.
	 */
	public static final Permission INSTITUTIONS_LISTS = Permission.grantedTo("INSTITUTIONS_LISTS", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER, Role.HEAD_TEACHER, Role.TEACHER,
			Role.GUARD, Role.STUDENT, Role.PARENT);

	private final Institutions institutions;

	private final InstitutionAccess access;

	private final Inspections inspections;

	private final Bans bans;

	private final PublishedLists lists;

	private final OrgManagement org;

	private final ApplicationEventPublisher events;

	InstitutionsManagement(Institutions institutions, InstitutionAccess access, Inspections inspections, Bans bans,
			PublishedLists lists, OrgManagement org, ApplicationEventPublisher events) {
		this.institutions = institutions;
		this.access = access;
		this.inspections = inspections;
		this.bans = bans;
		this.lists = lists;
		this.org = org;
		this.events = events;
	}

	/** Registers an institution in the caller's township (or one below its region). */
	public InstitutionSummary register(RegisterInstitution command) {
		CurrentUser caller = Callers.current().require(INSTITUTIONS_EDIT);
		String region = InstitutionAccess.township(caller, command.regionCode());
		long id = institutions.insert(region, command, caller.accountId());
		events.publishEvent(EntityChanged.created("institution", id, region, null, fields(command)));
		return institutions.summary(id);
	}

	/** Corrects an institution of the caller's register. */
	public InstitutionSummary update(long id, RegisterInstitution command) {
		CurrentUser caller = Callers.current().require(INSTITUTIONS_EDIT);
		String region = access.editable(caller, id);
		InstitutionSummary before = institutions.summary(id);
		institutions.update(id, command);
		Map<String, Object> was = new LinkedHashMap<>();
		was.put("name", before.name());
		was.put("licenceNo", before.licenceNo());
		was.put("capacity", before.capacity());
		was.put("subjects", String.join(",", before.subjects().stream().map(Enum::name).toList()));
		events.publishEvent(EntityChanged.updated("institution", id, region, null, was, fields(command)));
		return institutions.summary(id);
	}

	/** The institutions the caller reads, optionally of one status. */
	@Transactional(readOnly = true)
	public List<InstitutionSummary> list(InstitutionStatus status) {
		CurrentUser caller = Callers.current().require(INSTITUTIONS_READ);
		return institutions.list(InstitutionAccess.readPrefix(caller), status);
	}

	/** An institution with its inspections, rectifications and bans. */
	@Transactional(readOnly = true)
	public InstitutionDetail detail(long id) {
		CurrentUser caller = Callers.current().require(INSTITUTIONS_READ);
		String region = access.visible(caller, id);
		boolean keeps = InstitutionAccess.keeps(caller, region);
		return new InstitutionDetail(institutions.summary(id), org.regionNames().getOrDefault(region, region),
				inspections.ofInstitution(id), inspections.rectificationsOf(id), bans.ofInstitution(id), keeps,
				keeps && InstitutionAccess.bans(caller));
	}

	/** The check items of an institution inspection, with their basis. */
	@Transactional(readOnly = true)
	public List<CheckItem> checklist() {
		Callers.current().require(INSTITUTIONS_READ);
		return inspections.items();
	}

	/**
	 * Publishes the county's black and white lists as its next version. Only a county
	 * bureau publishes (a system administrator names the county).
	 */
	public PublishedList publish(String county) {
		CurrentUser caller = Callers.current().require(INSTITUTIONS_EDIT);
		String code = publishingCounty(caller, county);
		long id = lists.publish(code, caller.displayName(), org.regionNames());
		PublishedList list = lists.latest(code, countyName(code)).orElseThrow();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("version", list.version());
		after.put("white", list.white().size());
		after.put("black", list.black().size());
		events.publishEvent(EntityChanged.created("institution_list", id, code, null, after));
		return list;
	}

	/**
	 * The latest published lists of a county the caller reads: a school's or a family's
	 * own county (whatever is asked), a bureau's county or one below its region.
	 */
	@Transactional(readOnly = true)
	public Optional<PublishedList> published(String county) {
		CurrentUser caller = Callers.current().require(INSTITUTIONS_LISTS);
		String code = readingCounty(caller, county);
		return code == null ? Optional.empty() : lists.latest(code, countyName(code));
	}

	/** The counties whose lists the caller may read and that have published. */
	@Transactional(readOnly = true)
	public Map<String, String> publishingCounties() {
		CurrentUser caller = Callers.current().require(INSTITUTIONS_LISTS);
		Map<String, String> names = new LinkedHashMap<>();
		lists.counties(InstitutionAccess.readPrefix(caller)).forEach(c -> names.put(c, countyName(c)));
		return names;
	}

	/** May the caller publish its county's lists? */
	public boolean mayPublish() {
		CurrentUser caller = Callers.currentOrNull();
		return caller != null && caller.can(INSTITUTIONS_EDIT) && caller.scope().kind() == DataScope.Kind.REGION
				&& caller.scope().regionPrefix().length() == 6;
	}

	private static String publishingCounty(CurrentUser caller, String asked) {
		DataScope scope = caller.scope();
		if (scope.kind() == DataScope.Kind.REGION) {
			if (scope.regionPrefix().length() != 6) {
				throw new AccessDenied("the lists are published by a county bureau");
			}
			if (asked != null && !asked.isBlank() && !asked.equals(scope.regionPrefix())) {
				throw new NotFound("region", asked);
			}
			return scope.regionPrefix();
		}
		if (scope.kind() == DataScope.Kind.ALL && asked != null && asked.matches("\\d{6}")) {
			return asked;
		}
		throw new BusinessRuleViolation("county", "institutions.error.county");
	}

	private static String readingCounty(CurrentUser caller, String asked) {
		DataScope scope = caller.scope();
		if (scope.kind() == DataScope.Kind.SCHOOL || scope.kind() == DataScope.Kind.SELF) {
			return InstitutionAccess.county(scope.schoolRegion());
		}
		String prefix = InstitutionAccess.readPrefix(caller);
		if (prefix.length() >= 6) {
			return prefix.substring(0, 6);
		}
		if (asked == null || asked.isBlank()) {
			return null;
		}
		if (!asked.matches("\\d{6}") || !asked.startsWith(prefix)) {
			throw new NotFound("region", asked);
		}
		return asked;
	}

	private String countyName(String county) {
		return org.regionNames().getOrDefault(county, county);
	}

	private static Map<String, Object> fields(RegisterInstitution c) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("name", c.name());
		after.put("licenceNo", c.licenceNo());
		after.put("capacity", c.capacity());
		after.put("subjects", String.join(",", c.subjects().stream().map(Enum::name).toList()));
		return after;
	}

}
