package cn.xiaoan.bullying;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting: with an account (a student, a parent, school staff — the school is their
 * own) or anonymously through the public form, which answers a follow-up code (查询码) kept
 * only as a hash. Either opens the case at once: the decision clock runs from receipt.
 */
@Service
@Transactional
public class BullyingReports {

	/** Letters and digits without 0/O, 1/I/L: read aloud and typed without mistakes. */
	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final BullyingDeadlines deadlines;

	private final RateLimits limits;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BullyingReports(JdbcClient jdbc, OrgManagement org, BullyingDeadlines deadlines, RateLimits limits,
			Notifications notifications, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.org = org;
		this.deadlines = deadlines;
		this.limits = limits;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
	}

	/** A report by a signed-in student, parent or staff member of a school. */
	public long report(ReportBullying command) {
		CurrentUser caller = Callers.current().require(BullyingPermissions.BULLYING_REPORT);
		Long school = caller.scope().schoolId();
		if (school == null) {
			throw new BusinessRuleViolation("schoolId", "bullying.report.school");
		}
		SchoolSummary s = org.findSchool(school)
			.orElseThrow(() -> new BusinessRuleViolation("schoolId", "bullying.report.school"));
		Channel channel = switch (caller.role()) {
			case STUDENT -> Channel.STUDENT;
			case PARENT -> Channel.PARENT;
			default -> Channel.TEACHER;
		};
		String name = command.reporterName().isEmpty() ? caller.displayName() : command.reporterName();
		LocalDate received = command.receivedOn() == null || caller.role().kind() != Role.Kind.SCHOOL
				? deadlines.today() : command.receivedOn();
		return open(s, channel, command, name, caller.displayName(), null, received);
	}

	/**
	 * An anonymous report through the public form; the answer is the follow-up code,
	 * shown once.
	 */
	public String reportPublicly(ReportBullying command, String clientAddress) {
		if (!limits.admit(RateLimits.Bucket.REPORT, clientAddress)) {
			throw new ReportLimitReached();
		}
		SchoolSummary school = command.schoolId() == null ? null : org.findSchool(command.schoolId()).orElse(null);
		if (school == null) {
			throw new BusinessRuleViolation("schoolId", "bullying.report.school");
		}
		String code = newCode();
		open(school, Channel.ANONYMOUS, command, command.reporterName(), "", RateLimits.sha256(normal(code)),
				deadlines.today());
		return code;
	}

	/**
	 * The coarse state of the case a code belongs to — nothing else, never names; empty
	 * for an unknown code. Lookups are limited per client.
	 */
	@Transactional(readOnly = true)
	public Optional<CaseState> lookup(String code, String clientAddress) {
		if (!limits.admit(RateLimits.Bucket.LOOKUP, clientAddress)) {
			throw new ReportLimitReached();
		}
		return jdbc.sql("select state from bullying.bullying_case where code_hash = :h")
			.param("h", RateLimits.sha256(normal(code)))
			.query(String.class)
			.optional()
			.map(CaseState::valueOf);
	}

	/** Counties (code → "city county") for the public form: region names are public. */
	@Transactional(readOnly = true)
	public Map<String, String> counties() {
		Map<String, String> names = org.regionNames();
		Map<String, String> counties = new LinkedHashMap<>();
		names.keySet()
			.stream()
			.filter(c -> c.length() == 6 && !c.endsWith("00"))
			.sorted()
			.forEach(c -> counties.put(c, names.getOrDefault(c.substring(0, 4) + "00", "") + " " + names.get(c)));
		return counties;
	}

	/** The schools of a county for the public form (names are public). */
	@Transactional(readOnly = true)
	public Map<Long, String> schools(String county) {
		Map<Long, String> schools = new LinkedHashMap<>();
		org.publicSchoolsUnder(county).forEach(s -> schools.put(s.id(), s.name()));
		return schools;
	}

	private long open(SchoolSummary school, Channel channel, ReportBullying command, String reporterName,
			String reportedBy, String codeHash, LocalDate received) {
		var today = deadlines.today();
		if (command.happenedOn().isAfter(today)) {
			throw new BusinessRuleViolation("happenedOn", "bullying.report.future");
		}
		if (received.isAfter(today) || received.isBefore(command.happenedOn())) {
			throw new BusinessRuleViolation("receivedOn", "bullying.report.received");
		}
		OffsetDateTime openedAt = received.equals(today) ? OffsetDateTime.now(clock)
				: received.atTime(12, 0).atZone(BullyingAccess.BEIJING).toOffsetDateTime();
		long id = jdbc
			.sql("""
					insert into bullying.bullying_case (school_id, region_code, school_name, channel, reporter_name,
					  reporter_contact, reported_by, happened_on, place, description, victim_name, victim_grade, actor_names,
					  actor_grade, code_hash, state, opened_at, decision_due)
					values (:school, :region, :schoolName, :channel, :rname, :rcontact, :by, :on, :place, :description,
					  :victim, :vgrade, :actors, :agrade, :hash, 'INVESTIGATING', :at, :due) returning id""")
			.param("school", school.id())
			.param("region", school.regionCode())
			.param("schoolName", school.name())
			.param("channel", channel.name())
			.param("rname", reporterName)
			.param("rcontact", command.reporterContact())
			.param("by", reportedBy)
			.param("on", command.happenedOn())
			.param("place", command.place())
			.param("description", command.description())
			.param("victim", command.victimName())
			.param("vgrade", command.victimGrade())
			.param("actors", command.actorNames())
			.param("agrade", command.actorGrade())
			.param("hash", codeHash)
			.param("at", openedAt)
			.param("due", deadlines.decisionDue(school.regionCode(), received))
			.query(Long.class)
			.single();
		events.publishEvent(EntityChanged.created("bullying_case", id, school.regionCode(), school.id(),
				Map.of("channel", channel.name(), "happenedOn", command.happenedOn().toString())));
		notifyCommittee(school.id(), id);
		return id;
	}

	private void notifyCommittee(long school, long id) {
		String link = "/bullying/cases/" + id;
		notifications.toSchool(school, Set.of(Role.PRINCIPAL), "notify.bullying.reported", link);
		List<Long> members = jdbc.sql("select account_id from bullying.committee_member where school_id = :s")
			.param("s", school)
			.query(Long.class)
			.list();
		if (!members.isEmpty()) {
			notifications.toAccounts(members, "notify.bullying.reported", link);
		}
	}

	static String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	static String normal(String code) {
		return code == null ? "" : code.toUpperCase().replaceAll("[^A-Z0-9]", "");
	}

}
