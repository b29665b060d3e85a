package cn.xiaoan.warning;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warning module's API: a bureau issues a warning to the schools below it (or some of
 * them), a school acknowledges it and reports the actions taken, and every level reads
 * the progress of its own region. Every call checks the caller's role and scope.
 */
@Service
@Transactional
public class WarningManagement {

	/** Issue warnings to the schools of the scope. */
	public static final Permission WARNING_ISSUE = Permission.grantedTo("WARNING_ISSUE", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER);

	/** Read the warnings of the scope and their acknowledgement. */
	public static final Permission WARNING_READ = Permission.grantedTo("WARNING_READ", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER, Role.HEAD_TEACHER, Role.TEACHER,
			Role.GUARD);

	/** Acknowledge (签收) a warning for the school and report the actions taken. */
	public static final Permission WARNING_ACKNOWLEDGE = Permission.grantedTo("WARNING_ACKNOWLEDGE", Role.PRINCIPAL,
			Role.SCHOOL_SAFETY_OFFICER);

	/** The school roles a warning and its chasing reach. */
	static final Set<Role> SCHOOL_LEADERS = Set.of(Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER);

	static final int LIST_LIMIT = 200;

	private final JdbcClient jdbc;

	private final Warnings warnings;

	private final Targets targets;

	private final OrgManagement org;

	private final WarningIssueRules rules;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WarningManagement(JdbcClient jdbc, Warnings warnings, Targets targets, OrgManagement org, WarningIssueRules rules,
			Notifications notifications, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.warnings = warnings;
		this.targets = targets;
		this.org = org;
		this.rules = rules;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Issues a warning to every school of the target region in the caller's scope (or the
	 * chosen types or schools): the schools' lines and the regions' counters are written
	 * set-based, and each school's leaders get an inbox message.
	 */
	public WarningSummary issue(IssueWarning command) {
		CurrentUser caller = Callers.current().require(WARNING_ISSUE);
		DataScope scope = caller.scope();
		if (scope.kind() != DataScope.Kind.REGION && scope.kind() != DataScope.Kind.ALL) {
			throw new AccessDenied("warnings are issued by bureaus");
		}
		String target = rules.targetPrefix(caller, command.regionCode());
		List<String> actions = command.actionList();
		Instant now = clock.instant();
		Instant until = command.validUntil().atZone(clock.getZone()).toInstant();
		WarningIssueRules.check(actions, until, now);
		List<SchoolSummary> schools = rules.schools(command, target);
		if (schools.isEmpty()) {
			throw new BusinessRuleViolation("regionCode", "warning.targets.none");
		}
		String issuerPrefix = scope.sqlRegionPrefix();
		int chaseAfter = rules.chaseAfterMinutes(issuerPrefix, command.level());
		long id = jdbc.sql("""
				insert into warning.warning (issuer_prefix, issuer_name, target_prefix, kind, level, title, body,
				       valid_from, valid_until, chase_after_min, issued_by, issued_by_name, issued_at)
				values (:ip, :iname, :tp, :kind, :level, :title, :body, :now, :until, :chase, :by, :byName, :now)
				returning id""")
			.param("ip", issuerPrefix)
			.param("iname", org.callerUnitName())
			.param("tp", target)
			.param("kind", command.kind().name())
			.param("level", command.level().name())
			.param("title", command.title())
			.param("body", command.body())
			.param("now", java.sql.Timestamp.from(now))
			.param("until", java.sql.Timestamp.from(until))
			.param("chase", chaseAfter)
			.param("by", caller.accountId())
			.param("byName", caller.displayName())
			.query(Long.class)
			.single();
		for (int i = 0; i < actions.size(); i++) {
			jdbc.sql("insert into warning.action (warning_id, seq, text) values (:w, :s, :t)")
				.param("w", id)
				.param("s", i + 1)
				.param("t", actions.get(i))
				.update();
		}
		int reached = warnings.fanOut(id, schools.stream().map(SchoolSummary::id).toArray(Long[]::new),
				schools.stream().map(SchoolSummary::regionCode).toArray(String[]::new),
				schools.stream().map(SchoolSummary::name).toArray(String[]::new));
		notifications.toSchools(schools.stream().map(SchoolSummary::id).toList(), SCHOOL_LEADERS,
				"notify.warning.issued", "/warnings/" + id, command.title());
		events.publishEvent(new WarningIssued(id, issuerPrefix, target, command.kind(), command.level(), reached));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("title", command.title());
		after.put("level", command.level().name());
		after.put("kind", command.kind().name());
		after.put("schools", reached);
		events.publishEvent(
				EntityChanged.created("warning", id, target.isEmpty() ? null : regionOf(target), null, after));
		return warnings.summary(id, issuerPrefix);
	}

	static String regionOf(String prefix) {
		return RegionCode.fromPrefix(prefix).value();
	}

	/** The warnings of the caller's region or school, newest first. */
	@Transactional(readOnly = true)
	public List<WarningSummary> list() {
		CurrentUser caller = Callers.current().require(WARNING_READ);
		DataScope scope = caller.scope();
		if (scope.kind() == DataScope.Kind.SCHOOL) {
			return warnings.forSchool(scope.schoolId(), LIST_LIMIT);
		}
		return warnings.forRegion(scope.sqlRegionPrefix(), LIST_LIMIT);
	}

	/**
	 * A warning the caller may see: one its school received, or one reaching or issued in
	 * its region; any other is not found.
	 */
	@Transactional(readOnly = true)
	public WarningDetail detail(long id) {
		CurrentUser caller = Callers.current().require(WARNING_READ);
		Warnings.Header header = visible(caller, id);
		DataScope scope = caller.scope();
		Acknowledgement own = scope.kind() == DataScope.Kind.SCHOOL
				? targets.of(id, scope.schoolId()).orElseThrow(() -> new NotFound("warning", id)) : null;
		WarningSummary summary = own != null ? warnings.forSchool(scope.schoolId(), id)
				: warnings.summary(id, scope.sqlRegionPrefix());
		return new WarningDetail(summary, header.body(), header.targetPrefix(), warnings.actions(id), own,
				scope.kind() != DataScope.Kind.SCHOOL && header.issuerPrefix().equals(scope.sqlRegionPrefix()));
	}

	/**
	 * The acknowledgement of a region of the caller's scope ({@code prefix}, the caller's
	 * own region when blank) and of each region below it.
	 */
	@Transactional(readOnly = true)
	public Progress progress(long id, String prefix) {
		CurrentUser caller = Callers.current().require(WARNING_READ);
		visible(caller, id);
		String at = regionFor(caller, id, prefix);
		Map<String, String> names = org.regionNames();
		List<Progress.Row> rows = warnings.tally(id, at, names);
		Progress.Row region = rows.stream().filter(r -> r.prefix().equals(at)).findFirst().orElse(null);
		List<Progress.Row> children = rows.stream().filter(r -> !r.prefix().equals(at)).toList();
		if (region == null) {
			region = new Progress.Row(at, at.isEmpty() ? "" : names.getOrDefault(regionOf(at), ""),
					children.stream().mapToInt(Progress.Row::targets).sum(),
					children.stream().mapToInt(Progress.Row::acknowledged).sum(),
					children.stream().mapToInt(Progress.Row::late).sum());
		}
		return new Progress(region, children);
	}

	/** A page of the schools' lines of a region of the caller's scope. */
	@Transactional(readOnly = true)
	public List<Acknowledgement> lines(long id, String prefix, String filter, int page, int size) {
		CurrentUser caller = Callers.current().require(WARNING_READ);
		visible(caller, id);
		if (caller.scope().kind() == DataScope.Kind.SCHOOL) {
			throw new AccessDenied("a school sees its own line only");
		}
		return targets.page(id, regionFor(caller, id, prefix), AcknowledgementFilter.of(filter), Math.max(0, page),
				Math.min(Math.max(size, 1), 5000));
	}

	/** The region a bureau asks for, inside its scope and reached by the warning. */
	private String regionFor(CurrentUser caller, long id, String prefix) {
		String own = caller.scope().sqlRegionPrefix();
		if (prefix == null || prefix.isBlank() || prefix.equals(own)) {
			return own;
		}
		if (!prefix.matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}") || !prefix.startsWith(own)
				|| !warnings.reaches(id, prefix)) {
			throw new NotFound("region", prefix);
		}
		return prefix;
	}

	Warnings.Header visible(CurrentUser caller, long id) {
		Warnings.Header header = warnings.header(id).orElseThrow(() -> new NotFound("warning", id));
		DataScope scope = caller.scope();
		boolean sees = switch (scope.kind()) {
			case ALL -> true;
			case REGION ->
				header.issuerPrefix().startsWith(scope.regionPrefix()) || warnings.reaches(id, scope.regionPrefix());
			case SCHOOL -> targets.of(id, scope.schoolId()).isPresent();
			case SELF -> false;
		};
		if (!sees) {
			throw new NotFound("warning", id);
		}
		return header;
	}

	/**
	 * 签收: the caller's school acknowledges the warning and reports, per required action,
	 * whether it was taken and how. A school acknowledges once.
	 */
	public Acknowledgement acknowledge(long id, AcknowledgeWarning command) {
		CurrentUser caller = Callers.current().require(WARNING_ACKNOWLEDGE);
		if (caller.scope().kind() != DataScope.Kind.SCHOOL) {
			throw new AccessDenied("schools acknowledge warnings");
		}
		long school = caller.scope().schoolId();
		visible(caller, id);
		Acknowledgement line = targets.of(id, school).orElseThrow(() -> new NotFound("warning", id));
		List<String> actions = warnings.actions(id);
		Map<String, String> errors = new LinkedHashMap<>();
		if (command.done().stream().anyMatch(n -> n < 1 || n > actions.size())) {
			errors.put("done", "warning.ack.unknownAction");
		}
		command.notes().forEach((seq, note) -> {
			if (seq == null || seq < 1 || seq > actions.size()) {
				errors.put("done", "warning.ack.unknownAction");
			}
			else if (note != null && note.length() > 300) {
				errors.put("notes[" + seq + "]", "warning.ack.noteTooLong");
			}
		});
		if (command.note().length() > 500) {
			errors.put("note", "warning.ack.noteTooLong");
		}
		if (line.acknowledged()) {
			errors.put("warning", "warning.ack.already");
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleViolation(errors);
		}
		Instant now = clock.instant();
		Boolean wasLate = targets.acknowledge(id, school, now, caller.displayName(), command.note())
			.orElseThrow(() -> new BusinessRuleViolation("warning", "warning.ack.already"));
		for (int seq = 1; seq <= actions.size(); seq++) {
			String note = command.notes().get(seq);
			targets.report(id, school, seq, command.done().contains(seq), note == null ? "" : note.trim());
		}
		targets.count(id, Warnings.prefixesOf(line.regionCode()), wasLate);
		int done = (int) command.done().stream().distinct().count();
		events.publishEvent(new WarningAcknowledged(id, school, line.regionCode(), done, wasLate));
		events.publishEvent(EntityChanged.updated("warning_acknowledgement", id + "/" + school, line.regionCode(),
				school, Map.of("acknowledged", false),
				Map.of("acknowledged", true, "actionsDone", done + "/" + actions.size())));
		return targets.of(id, school).orElseThrow();
	}

	/** The installation's zone, for pages and exports. */
	ZoneId zone() {
		return clock.getZone();
	}

}
