package cn.xiaoan.people;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.people.privacy.PersonalDataCipher;
import cn.xiaoan.people.privacy.PersonalDataMask;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.IdCardNumber;
import cn.xiaoan.shared.Permission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school corrects a student's name, class, ID number or boarding; the audit trail
 * gets the values before and after, masked. A corrected ID number held elsewhere follows
 * the enrolment rule: reported inside the caller's scope, a transfer request outside it.
 */
@Service
@Transactional
class StudentCorrection {

	private final PeopleManagement people;

	private final SchoolStructure structure;

	private final StudentClaims claims;

	private final PersonalDataCipher cipher;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	StudentCorrection(PeopleManagement people, SchoolStructure structure, StudentClaims claims,
			PersonalDataCipher cipher, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.people = people;
		this.structure = structure;
		this.claims = claims;
		this.cipher = cipher;
		this.jdbc = jdbc;
		this.events = events;
	}

	void correct(long studentId, CorrectStudent command) {
		CurrentUser caller = Callers.current().require(Permission.PEOPLE_EDIT);
		PeopleManagement.StudentDetail detail = people.student(studentId);
		StudentView before = detail.student();
		if (structure.schoolClass(command.classId()).filter(c -> c.schoolId() == before.schoolId()).isEmpty()) {
			throw new BusinessRuleViolation("classId", "student.class.unknown");
		}
		IdCardNumber card = null;
		StudentClaims.Holder elsewhere = null;
		if (!command.idCard().isEmpty()) {
			String problem = IdCardNumber.problem(command.idCard());
			if (problem != null) {
				throw new BusinessRuleViolation("idCard", problem);
			}
			card = new IdCardNumber(command.idCard());
			StudentClaims.Holder holder = claims.holderOfIdCard(card.value())
				.filter(h -> h.studentId() != studentId)
				.orElse(null);
			if (holder != null && caller.scope().coversSchool(holder.schoolId(), holder.regionCode())) {
				throw new BusinessRuleViolation("idCard", "idcard.taken");
			}
			elsewhere = holder;
		}
		jdbc.sql("update people.student set name = :n, class_id = :c, boarder = :b where id = :id")
			.param("n", command.name())
			.param("c", command.classId())
			.param("b", command.boarder())
			.param("id", studentId)
			.update();
		if (card != null) {
			jdbc.sql("""
					update people.student set id_card_enc = :enc, id_card_hash = :h, id_card_masked = :m,
					       birth_date = :birth, gender = :g, claim_pending = claim_pending or :claim
					where id = :id""")
				.param("enc", cipher.encrypt(card.value()))
				.param("h", cipher.blindIndex(card.value()))
				.param("m", PersonalDataMask.idCard(card.value()))
				.param("birth", card.birthDate())
				.param("g", card.male() ? "M" : "F")
				.param("claim", elsewhere != null)
				.param("id", studentId)
				.update();
			if (elsewhere != null) {
				claims.request(studentId, detail.school(), elsewhere, "ID_CARD");
			}
		}
		Map<String, Object> was = new LinkedHashMap<>();
		Map<String, Object> now = new LinkedHashMap<>();
		changed(was, now, "name", before.name(), command.name());
		changed(was, now, "classId", before.classId(), command.classId());
		changed(was, now, "boarder", before.boarder(), command.boarder());
		if (card != null) {
			// both masked: the trail says that the number changed, not what it is
			was.put("idCard", before.idCardMasked());
			now.put("idCard", PersonalDataMask.idCard(card.value()));
			now.put("idCardCorrected", true);
		}
		events.publishEvent(
				EntityChanged.updated("student", studentId, detail.school().regionCode(), before.schoolId(), was, now));
	}

	private static void changed(Map<String, Object> was, Map<String, Object> now, String field, Object before,
			Object after) {
		if (!String.valueOf(before).equals(String.valueOf(after))) {
			was.put(field, before);
			now.put(field, after);
		}
	}

}
