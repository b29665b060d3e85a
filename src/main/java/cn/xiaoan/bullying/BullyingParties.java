package cn.xiaoan.bullying;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.xiaoan.people.PeopleManagement;
import cn.xiaoan.people.StudentView;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee links each party of a case to the school's student record (by 学号), so the
 * family sees the case on their own page and the student's grade is known for discipline
 * by school stage (ADR 0045). Reading the school's students needs the people module's
 * right to read them (the principal, the safety officer).
 */
@Service
@Transactional
public class BullyingParties {

	/** A linked party as the committee sees it. */
	public record Party(Side side, long studentId, String name, String grade) {
	}

	private final JdbcClient jdbc;

	private final BullyingAccess access;

	private final PeopleManagement people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BullyingParties(JdbcClient jdbc, BullyingAccess access, PeopleManagement people, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	public Party link(long caseId, LinkParty command) {
		CurrentUser caller = Callers.current().require(BullyingPermissions.BULLYING_HANDLE);
		CaseRef ref = access.committeeCase(caller, caseId);
		if (ref.state() == CaseState.CLOSED) {
			throw new BusinessRuleViolation("case", "bullying.closed");
		}
		String number = command.studentNo().trim();
		StudentView student = people.students(ref.schoolId(), null, number, 0)
			.items()
			.stream()
			.filter(s -> number.equals(s.studentNo()))
			.findFirst()
			.orElseThrow(() -> new BusinessRuleViolation("studentNo", "bullying.party.unknown", number));
		var detail = people.student(student.id());
		String grade = detail.schoolClass() == null ? "" : detail.schoolClass().gradeName();
		jdbc.sql("""
				insert into bullying.party (case_id, side, student_id, student_name, grade_name, linked_by, linked_at)
				values (:c, :s, :st, :n, :g, :by, :at)
				on conflict (case_id, student_id) do update set side = :s, grade_name = :g, linked_by = :by,
				  linked_at = :at""")
			.param("c", caseId)
			.param("s", command.side().name())
			.param("st", student.id())
			.param("n", student.name())
			.param("g", grade)
			.param("by", caller.displayName())
			.param("at", OffsetDateTime.now(clock))
			.update();
		events.publishEvent(new EntityChanged("bullying_party", String.valueOf(caseId), "CREATE", ref.regionCode(),
				ref.schoolId(), Map.of(), Map.of("case", caseId, "side", command.side().name())));
		return new Party(command.side(), student.id(), student.name(), grade);
	}

	/** The linked parties, for the committee and the county office. */
	@Transactional(readOnly = true)
	public List<Party> parties(long caseId) {
		CurrentUser caller = Callers.current().require(BullyingPermissions.BULLYING_HANDLE);
		access.visible(caller, caseId);
		return list(caseId);
	}

	List<Party> list(long caseId) {
		return jdbc.sql("""
				select side, student_id, student_name, grade_name from bullying.party where case_id = :c
				order by side desc, student_id""")
			.param("c", caseId)
			.query((rs, n) -> new Party(Side.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.list();
	}

}
