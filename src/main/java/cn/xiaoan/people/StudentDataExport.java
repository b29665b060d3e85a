package cn.xiaoan.people;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One student's data on request (PIPL Art. 45) for the principal or the child's own
 * guardian: what the people module holds — profile with the full ID number, guardians
 * with their phones, consent history. Homework and other modules' records are not
 * included (ADR 0014). The download is audited as a reveal.
 */
@Service
@Transactional
class StudentDataExport {

	private final PeopleManagement people;

	private final StudentReveal reveal;

	private final GuardianConsents consents;

	private final MessageSource messages;

	StudentDataExport(PeopleManagement people, StudentReveal reveal, GuardianConsents consents,
			MessageSource messages) {
		this.messages = messages;
		this.people = people;
		this.reveal = reveal;
		this.consents = consents;
	}

	Map<String, Object> export(long studentId) {
		Role role = Callers.current().role();
		if (role != Role.PRINCIPAL && role != Role.PARENT) {
			throw new AccessDenied("only the principal or the child's guardian exports a student's data");
		}
		PeopleManagement.StudentDetail detail = people.student(studentId);
		RevealedStudent full = reveal.unchecked(studentId, Set.of(StudentReveal.ID_CARD, StudentReveal.GUARDIAN_PHONES),
				text("reveal.purpose.export"));
		Map<String, Object> out = new LinkedHashMap<>();
		StudentView s = detail.student();
		out.put(text("student.school"), detail.school() == null ? "" : detail.school().name());
		out.put(text("student.class"), detail.schoolClass() == null ? "" : detail.schoolClass().fullName());
		out.put(text("student.no"), s.studentNo());
		out.put(text("person.name"), s.name());
		out.put(text("student.birth"),
				s.birthDate() != null ? s.birthDate().toString() : String.valueOf(s.birthYear()));
		out.put(text("student.idcard"), full.idCard());
		out.put(text("student.boarder"), text(s.boarder() ? "common.yes" : "common.no"));
		out.put(text("student.guardians"), full.guardians()
			.stream()
			.map(g -> Map.of(text("student.guardian.name"), g.name(), text("student.guardian.phone"), g.phone()))
			.toList());
		out.put(text("consent.title"),
				consents.state(studentId)
					.history()
					.stream()
					.map(c -> Map.of(text("student.guardian.name"), c.guardian(), text("student.guardian.relation"),
							c.relation(), text("consent.export.method"), text("consent.method." + c.method()),
							text("consent.export.state"), text(c.given() ? "consent.given" : "consent.withdrawn"),
							text("consent.export.at"), c.recordedAt().toString()))
					.toList());
		out.put(text("student.export.note.title"), text("student.export.note"));
		return out;
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
