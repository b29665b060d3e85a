package cn.xiaoan.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.xiaoan.people.privacy.PersonalDataCipher;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.PersonalDataRevealed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The explicit reveal of a student's masked data: the full ID number for the roles that
 * need it, guardians' phones for the roles that call them. Each reveal is audited
 * ({@link PersonalDataRevealed}) with the caller's purpose.
 */
@Service
@Transactional
class StudentReveal {

	static final String ID_CARD = "idCard";

	static final String GUARDIAN_PHONES = "guardianPhones";

	private final PeopleManagement people;

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	private final ApplicationEventPublisher events;

	StudentReveal(PeopleManagement people, JdbcClient jdbc, PersonalDataCipher cipher,
			ApplicationEventPublisher events) {
		this.people = people;
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.events = events;
	}

	RevealedStudent reveal(long studentId, RevealRequest request) {
		CurrentUser caller = Callers.current();
		// not found unless the caller may see the student at all
		PeopleManagement.StudentDetail detail = people.student(studentId);
		Set<String> fields = request.fields();
		if (fields.isEmpty() || !Set.of(ID_CARD, GUARDIAN_PHONES).containsAll(fields)) {
			throw new BusinessRuleViolation("fields", "reveal.field.unknown");
		}
		if ((fields.contains(ID_CARD) && !StudentFields.REVEAL_ID_CARD.contains(caller.role()))
				|| (fields.contains(GUARDIAN_PHONES)
						&& !StudentFields.REVEAL_GUARDIAN_PHONES.contains(caller.role()))) {
			throw new AccessDenied("this role may not reveal these fields");
		}
		return revealed(studentId, detail, fields, request.purpose());
	}

	/**
	 * For callers that checked the role themselves (the export of one person's data):
	 * still only a student the caller may see, still announced.
	 */
	RevealedStudent unchecked(long studentId, Set<String> fields, String purpose) {
		return revealed(studentId, people.student(studentId), fields, purpose);
	}

	private RevealedStudent revealed(long studentId, PeopleManagement.StudentDetail detail, Set<String> fields,
			String purpose) {
		String idCard = null;
		if (fields.contains(ID_CARD)) {
			byte[] enc = jdbc.sql("select id_card_enc from people.student where id = :id")
				.param("id", studentId)
				.query(byte[].class)
				.optional()
				.orElse(null);
			idCard = enc == null ? "" : cipher.decrypt(enc);
		}
		List<RevealedStudent.Guardian> guardians = new ArrayList<>();
		if (fields.contains(GUARDIAN_PHONES)) {
			jdbc.sql("""
					select g.id, g.name, g.phone_enc from people.guardian g
					join people.student_guardian l on l.guardian_id = g.id where l.student_id = :s order by g.id""")
				.param("s", studentId)
				.query(rs -> {
					byte[] enc = rs.getBytes(3);
					guardians.add(new RevealedStudent.Guardian(rs.getLong(1), rs.getString(2),
							enc == null ? "" : cipher.decrypt(enc)));
				});
		}
		String region = detail.school() == null ? null : detail.school().regionCode();
		events.publishEvent(new PersonalDataRevealed("student", String.valueOf(studentId), region,
				detail.student().schoolId(), List.copyOf(new java.util.TreeSet<>(fields)), purpose));
		return new RevealedStudent(studentId, idCard, guardians);
	}

}
