package cn.xiaoan.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.AccessDenied;
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
 * A student leaving and, after the retention period
 * ({@link PolicySetting#STUDENT_RETENTION_YEARS_AFTER_LEAVING}) or on the principal's
 * request, anonymised: the row stays for the statistics (school, class, gender, birth
 * year, when and why they left) while name, numbers, birth day, guardians and accounts
 * go.
 */
@Service
@Transactional
class StudentRetention {

	static final String ANONYMOUS = "（已匿名）";

	private final JdbcClient jdbc;

	private final PeopleManagement people;

	private final PolicyManagement policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StudentRetention(JdbcClient jdbc, PeopleManagement people, PolicyManagement policy,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/** Whether and why a student left, and whether the record is anonymised. */
	record Status(boolean left, String reason, boolean anonymised) {
	}

	@Transactional(readOnly = true)
	Status status(long studentId) {
		return jdbc.sql("""
				select left_on is not null or graduated_in is not null, coalesce(left_reason, ''),
				       anonymised_at is not null
				from people.student where id = :id""")
			.param("id", studentId)
			.query((rs, n) -> new Status(rs.getBoolean(1), rs.getString(2), rs.getBoolean(3)))
			.single();
	}

	/** The retention period of a region, in years. */
	@Transactional(readOnly = true)
	int retentionYears(String regionCode) {
		return policy.effective(PolicySetting.STUDENT_RETENTION_YEARS_AFTER_LEAVING, regionCode).asInt();
	}

	/** The principal records that a student left the school. */
	void leave(long studentId, String reason) {
		PeopleManagement.StudentDetail detail = principalsStudent(studentId);
		if (!List.of("TRANSFERRED_OUT", "DROPPED_OUT").contains(reason)) {
			throw new BusinessRuleViolation("reason", "student.leave.reason.invalid");
		}
		int changed = jdbc.sql("""
				update people.student set left_on = :d, left_reason = :r where id = :id and left_on is null""")
			.param("d", LocalDate.now(clock))
			.param("r", reason)
			.param("id", studentId)
			.update();
		if (changed == 1) {
			jdbc.sql("update people.account set enabled = false where role = 'STUDENT' and person_id = :id")
				.param("id", studentId)
				.update();
			disableParentsOfLeft(List.of(studentId));
			events.publishEvent(EntityChanged.updated("student", studentId, detail.school().regionCode(),
					detail.student().schoolId(), Map.of("left", false), Map.of("left", true, "reason", reason)));
		}
	}

	/** The principal anonymises a student who left, before the retention period ends. */
	void anonymiseOnRequest(long studentId) {
		PeopleManagement.StudentDetail detail = principalsStudent(studentId);
		boolean left = jdbc
			.sql("select left_on is not null or graduated_in is not null from people.student where id = :id")
			.param("id", studentId)
			.query(Boolean.class)
			.single();
		if (!left) {
			throw new BusinessRuleViolation("student", "student.anonymise.notLeft");
		}
		anonymise(studentId, detail.school().regionCode(), detail.student().schoolId());
	}

	/**
	 * The scheduled sweep: every student whose retention period after leaving is over,
	 * per the policy of the student's region.
	 */
	int anonymiseDue() {
		var snapshot = policy.snapshot();
		LocalDate today = LocalDate.now(clock);
		List<Object[]> due = jdbc.sql("""
				select id, region_code, school_id, left_on from people.student
				where left_on is not null and anonymised_at is null order by id limit 10000""")
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getDate(4).toLocalDate() })
			.list();
		int done = 0;
		for (Object[] row : due) {
			String region = (String) row[1];
			int years = snapshot.effective(PolicySetting.STUDENT_RETENTION_YEARS_AFTER_LEAVING, region).asInt();
			if (!((LocalDate) row[3]).plusYears(years).isAfter(today)) {
				anonymise((Long) row[0], region, (Long) row[2]);
				done++;
			}
		}
		return done;
	}

	private PeopleManagement.StudentDetail principalsStudent(long studentId) {
		CurrentUser caller = Callers.current();
		PeopleManagement.StudentDetail detail = people.student(studentId);
		if (caller.role() != Role.PRINCIPAL) {
			throw new AccessDenied("only the principal records leaving and anonymises");
		}
		return detail;
	}

	private void anonymise(long id, String region, long schoolId) {
		List<Long> guardians = jdbc.sql("select guardian_id from people.student_guardian where student_id = :id")
			.param("id", id)
			.query(Long.class)
			.list();
		jdbc.sql("""
				update people.student set name = :anon, student_no = 'ANON-' || id, id_card_enc = null,
				       id_card_hash = null, id_card_masked = '',
				       birth_date = make_date(cast(extract(year from birth_date) as int), 1, 1),
				       anonymised_at = now(), left_on = coalesce(left_on, :today)
				where id = :id""")
			.param("anon", ANONYMOUS)
			.param("today", LocalDate.now(clock))
			.param("id", id)
			.update();
		jdbc.sql("""
				update people.account set enabled = false, display_name = :anon, username = 'anon-' || id
				where role = 'STUDENT' and person_id = :id""").param("anon", ANONYMOUS).param("id", id).update();
		jdbc.sql("update people.guardian_consent set guardian = :anon where student_id = :id")
			.param("anon", ANONYMOUS)
			.param("id", id)
			.update();
		jdbc.sql("delete from people.student_guardian where student_id = :id").param("id", id).update();
		if (!guardians.isEmpty()) {
			// a guardian who still has a child at a school keeps their record and account
			jdbc.sql("""
					update people.account set enabled = false, display_name = :anon, username = 'anon-' || id
					where role = 'PARENT' and person_id = any(:g)
					  and not exists (select 1 from people.student_guardian l where l.guardian_id = person_id)""")
				.param("anon", ANONYMOUS)
				.param("g", guardians.toArray(Long[]::new))
				.update();
			jdbc.sql("""
					delete from people.guardian g where g.id = any(:g)
					and not exists (select 1 from people.student_guardian l where l.guardian_id = g.id)""")
				.param("g", guardians.toArray(Long[]::new))
				.update();
		}
		events.publishEvent(EntityChanged.updated("student", id, region, schoolId, Map.of("anonymised", false),
				Map.of("anonymised", true)));
	}

	/** Parent accounts whose children have all left are disabled. */
	void disableParentsOfLeft(Collection<Long> studentIds) {
		if (studentIds.isEmpty()) {
			return;
		}
		jdbc.sql(
				"""
						update people.account a set enabled = false
						where a.role = 'PARENT' and a.enabled
						  and a.person_id in (select guardian_id from people.student_guardian where student_id = any(:ids))
						  and not exists (select 1 from people.student_guardian l join people.student s on s.id = l.student_id
						                  where l.guardian_id = a.person_id and s.left_on is null and s.graduated_in is null)""")
			.param("ids", studentIds.toArray(Long[]::new))
			.update();
	}

}
