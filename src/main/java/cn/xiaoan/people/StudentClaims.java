package cn.xiaoan.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.xiaoan.people.privacy.PersonalDataCipher;
import cn.xiaoan.people.privacy.PersonalDataMask;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment of a student whose ID or student number a school outside the caller's scope
 * already holds (ADR 0014). The caller gets the same answer as for a new number — the
 * student is registered, as a claim — and the holding school sees a transfer request it
 * accepts (its record is closed as transferred out, guardians and accounts move to the
 * new school) or refuses (the claim stays unconfirmed). Nobody learns from an enrolment
 * that a number exists elsewhere.
 */
@Service
@Transactional
class StudentClaims {

	/** The school holding a number, as found by the duplicate check. */
	record Holder(long studentId, long schoolId, String regionCode) {
	}

	record TransferRequest(long id, long studentId, String studentName, long classId, String toSchool, String matchedOn,
			String status, java.time.OffsetDateTime requestedAt) {
	}

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StudentClaims(JdbcClient jdbc, PersonalDataCipher cipher, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.events = events;
		this.clock = clock;
	}

	Optional<Holder> holderOfIdCard(String idCard) {
		return jdbc.sql(
				"select id, school_id, region_code from people.student where id_card_hash = any(:h) and not claim_pending")
			.param("h", cipher.blindIndexes(idCard.toUpperCase()).toArray(String[]::new))
			.query((rs, n) -> new Holder(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.optional();
	}

	Optional<Holder> holderOfStudentNo(String studentNo) {
		return jdbc
			.sql("select id, school_id, region_code from people.student where student_no = :n and not claim_pending")
			.param("n", studentNo)
			.query((rs, n) -> new Holder(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.optional();
	}

	/** Registers the student as a claim on the holder's record and asks the holder. */
	long claim(NewStudent s, String schoolName, Holder holder, String matchedOn) {
		long id = insert(s, true);
		request(id, new SchoolRef(s.schoolId(), s.regionCode(), schoolName), holder, matchedOn);
		return id;
	}

	/**
	 * One student with their first guardian. Enrolment of a new number and a claim take
	 * this same path, so that neither answers faster than the other.
	 */
	long insert(NewStudent s, boolean claim) {
		boolean hasCard = s.idCard() != null && !s.idCard().isBlank();
		long id = jdbc.sql("""
				insert into people.student (school_id, region_code, class_id, student_no, name, gender, birth_date,
				                            id_card_enc, id_card_hash, id_card_masked, boarder, claim_pending)
				values (:s, :r, :c, :no, :n, :g, :b, :enc, :h, :m, :boarder, :claim) returning id""")
			.param("claim", claim)
			.param("s", s.schoolId())
			.param("r", s.regionCode())
			.param("c", s.classId())
			.param("no", s.studentNo())
			.param("n", s.name())
			.param("g", s.gender())
			.param("b", s.birthDate())
			.param("enc", hasCard ? cipher.encrypt(s.idCard()) : null)
			.param("h", hasCard ? cipher.blindIndex(s.idCard()) : null)
			.param("m", hasCard ? PersonalDataMask.idCard(s.idCard()) : "")
			.param("boarder", s.boarder())
			.query(Long.class)
			.single();
		if (s.guardianName() != null && !s.guardianName().isBlank()) {
			String phone = s.guardianPhone() == null ? "" : s.guardianPhone();
			long guardian = jdbc.sql("""
					insert into people.guardian (region_code, name, phone_enc, phone_masked)
					values (:r, :n, :enc, :m) returning id""")
				.param("r", s.regionCode())
				.param("n", s.guardianName())
				.param("enc", phone.isEmpty() ? null : cipher.encrypt(phone))
				.param("m", PersonalDataCipher.maskPhone(phone))
				.query(Long.class)
				.single();
			jdbc.sql("insert into people.student_guardian (student_id, guardian_id, relation) values (:s, :g, :r)")
				.param("s", id)
				.param("g", guardian)
				.param("r", s.guardianRelation())
				.update();
		}
		return id;
	}

	/** The school asking for a student. */
	record SchoolRef(long id, String regionCode, String name) {
	}

	void request(long claimId, cn.xiaoan.org.SchoolSummary school, Holder holder, String matchedOn) {
		request(claimId, new SchoolRef(school.id(), school.regionCode(), school.name()), holder, matchedOn);
	}

	/** Asks the holder of a number to transfer the student to the claiming school. */
	void request(long claimId, SchoolRef to, Holder holder, String matchedOn) {
		jdbc.sql("""
				insert into people.student_transfer_request (student_id, claim_id, from_school_id, from_region_code,
				       to_school_id, to_region_code, to_school_name, matched_on, requested_by)
				values (:old, :new, :fs, :fr, :ts, :tr, :tn, :m, :by)""")
			.param("old", holder.studentId())
			.param("new", claimId)
			.param("fs", holder.schoolId())
			.param("fr", holder.regionCode())
			.param("ts", to.id())
			.param("tr", to.regionCode())
			.param("tn", to.name())
			.param("m", matchedOn)
			.param("by", Callers.current().username())
			.update();
	}

	/** The transfer requests addressed to a school in the caller's scope. */
	@Transactional(readOnly = true)
	List<TransferRequest> requestsTo(long holderSchoolId, String holderRegion) {
		Callers.current().require(Permission.PEOPLE_EDIT).requireSchool(holderSchoolId, holderRegion);
		return jdbc.sql("""
				select r.id, r.student_id, s.name, r.to_school_name, r.matched_on, r.status, r.requested_at, s.class_id
				from people.student_transfer_request r join people.student s on s.id = r.student_id
				where r.from_school_id = :s order by r.status = 'PENDING' desc, r.requested_at desc limit 200""")
			.param("s", holderSchoolId)
			.query((rs, n) -> new TransferRequest(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(8),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, java.time.OffsetDateTime.class)))
			.list();
	}

	/** The holding school accepts (the student moves) or refuses a request. */
	void answer(long requestId, boolean accept) {
		CurrentUser caller = Callers.current().require(Permission.PEOPLE_EDIT);
		Map<String, Object> r = jdbc.sql("""
				select student_id, claim_id, from_school_id, from_region_code, to_school_id, to_region_code
				from people.student_transfer_request where id = :id and status = 'PENDING' for update""")
			.param("id", requestId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFound("student transfer request", requestId));
		long fromSchool = ((Number) r.get("from_school_id")).longValue();
		String fromRegion = (String) r.get("from_region_code");
		if (!caller.scope().coversSchool(fromSchool, fromRegion)) {
			throw new NotFound("student transfer request", requestId);
		}
		long old = ((Number) r.get("student_id")).longValue();
		long claim = ((Number) r.get("claim_id")).longValue();
		if (accept) {
			// the old record leaves the holder's lists; its numbers pass to the new
			// record
			jdbc.sql("""
					update people.student set left_on = :today, left_reason = 'TRANSFERRED_OUT', id_card_hash = null,
					       student_no = left('T' || id || '-' || student_no, 30)
					where id = :old""").param("today", LocalDate.now(clock)).param("old", old).update();
			jdbc.sql("update people.student set claim_pending = false where id = :c").param("c", claim).update();
			jdbc.sql("""
					insert into people.student_guardian (student_id, guardian_id, relation)
					select :c, guardian_id, relation from people.student_guardian where student_id = :old
					on conflict do nothing""").param("c", claim).param("old", old).update();
			jdbc.sql("""
					update people.account set person_id = :c, school_id = :ts, region_code = :tr
					where role = 'STUDENT' and person_id = :old""")
				.param("c", claim)
				.param("ts", r.get("to_school_id"))
				.param("tr", r.get("to_region_code"))
				.param("old", old)
				.update();
		}
		jdbc.sql("""
				update people.student_transfer_request set status = :st, answered_by = :by, answered_at = now()
				where id = :id""")
			.param("st", accept ? "ACCEPTED" : "REFUSED")
			.param("by", caller.username())
			.param("id", requestId)
			.update();
		events.publishEvent(EntityChanged.updated("student_transfer_request", requestId, fromRegion, fromSchool,
				Map.of("status", "PENDING"), Map.of("status", accept ? "ACCEPTED" : "REFUSED")));
	}

}
