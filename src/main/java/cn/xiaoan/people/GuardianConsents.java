package cn.xiaoan.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guardian consent for a child under 14 (PIPL Art. 31): the school records a paper form,
 * or the parent confirms or withdraws it in the app. Withdrawal disables the child's own
 * account (the in-app learning that rests on consent); the roster the school keeps under
 * its statutory safety duties (PIPL Art. 13(3)) stays (ADR 0014).
 */
@Service
@Transactional
class GuardianConsents {

	record Consent(String guardian, String relation, String method, boolean given, String recordedBy,
			OffsetDateTime recordedAt) {
	}

	/** What the student page shows: is consent needed, and the latest record. */
	record ConsentState(boolean needed, Consent latest, List<Consent> history) {

		public boolean given() {
			return latest != null && latest.given();
		}

	}

	private final JdbcClient jdbc;

	private final PeopleManagement people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GuardianConsents(JdbcClient jdbc, PeopleManagement people, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	ConsentState state(long studentId) {
		PeopleManagement.StudentDetail detail = people.student(studentId);
		LocalDate birth = jdbc.sql("select birth_date from people.student where id = :id")
			.param("id", studentId)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
		boolean needed = birth == null || birth.plusYears(14).isAfter(LocalDate.now(clock));
		List<Consent> history = jdbc.sql("""
				select guardian, relation, method, given, recorded_by, recorded_at from people.guardian_consent
				where student_id = :id order by recorded_at desc, id desc""")
			.param("id", detail.student().id())
			.query((rs, n) -> new Consent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
			.list();
		return new ConsentState(needed, history.isEmpty() ? null : history.get(0), history);
	}

	/**
	 * The school records a signed paper form (scanned copy kept on file by the school).
	 */
	void recordPaperForm(long studentId, String guardian, String relation) {
		Callers.current().require(Permission.PEOPLE_EDIT);
		if (guardian == null || guardian.isBlank() || guardian.length() > 50 || relation == null || relation.isBlank()
				|| relation.length() > 10) {
			throw new BusinessRuleViolation("guardian", "consent.guardian.required");
		}
		record(studentId, guardian.trim(), relation.trim(), "PAPER", true);
	}

	/** A parent gives or withdraws consent for their own child in the app. */
	void parentAnswers(long studentId, boolean given) {
		CurrentUser caller = Callers.current();
		if (caller.role() != Role.PARENT) {
			throw new AccessDenied("only a guardian answers in the app");
		}
		Map<String, Object> guardian = jdbc.sql("""
				select g.name, l.relation from people.guardian g join people.student_guardian l on l.guardian_id = g.id
				where g.id = :g and l.student_id = :s""")
			.param("g", caller.personId())
			.param("s", studentId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new cn.xiaoan.shared.NotFound("student", studentId));
		record(studentId, (String) guardian.get("name"), (String) guardian.get("relation"), "IN_APP", given);
	}

	private void record(long studentId, String guardian, String relation, String method, boolean given) {
		PeopleManagement.StudentDetail detail = people.student(studentId);
		jdbc.sql("""
				insert into people.guardian_consent (student_id, guardian, relation, method, given, recorded_by)
				values (:s, :g, :r, :m, :given, :by)""")
			.param("s", studentId)
			.param("g", guardian)
			.param("r", relation)
			.param("m", method)
			.param("given", given)
			.param("by", Callers.current().username())
			.update();
		jdbc.sql(
				"""
						update people.account set enabled = :given
						where role = 'STUDENT' and person_id = :s and enabled <> :given
						  and exists (select 1 from people.student where id = :s and left_on is null and graduated_in is null)""")
			.param("given", given)
			.param("s", studentId)
			.update();
		events.publishEvent(EntityChanged.created("guardian_consent", studentId,
				detail.school() == null ? null : detail.school().regionCode(), detail.student().schoolId(),
				Map.of("method", method, "given", given, "relation", relation)));
	}

}
