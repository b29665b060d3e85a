package cn.xiaoan.people;

import cn.xiaoan.people.privacy.PersonalDataCipher;
import cn.xiaoan.people.privacy.PersonalDataMask;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolClass;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.org.SchoolSummary;
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
 * Registers staff and students one at a time (forms and API); personal data is encrypted
 * and masked; a number held outside the caller's scope becomes a transfer request (ADR
 * 0014). Imports use {@code PeopleBulkLoad}.
 */
@Service
@Transactional
class PeopleRegistration {

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final SchoolStructure structure;

	private final PersonalDataCipher cipher;

	private final ApplicationEventPublisher events;

	private final StudentClaims claims;

	PeopleRegistration(JdbcClient jdbc, OrgManagement org, SchoolStructure structure, PersonalDataCipher cipher,
			ApplicationEventPublisher events, StudentClaims claims) {
		this.claims = claims;
		this.jdbc = jdbc;
		this.org = org;
		this.structure = structure;
		this.cipher = cipher;
		this.events = events;
	}

	@Transactional
	public StaffView createStaff(long schoolId, SaveStaff command) {
		Callers.current().require(Permission.PEOPLE_EDIT);
		SchoolSummary school = org.school(schoolId);
		if (structure.posts().stream().noneMatch(p -> p.code().equals(command.postCode()))) {
			throw new BusinessRuleViolation("postCode", "staff.post.unknown");
		}
		long id = jdbc.sql("""
				insert into people.staff (school_id, region_code, name, gender, phone_enc, phone_masked, post_code,
				                          full_time, employee_no)
				values (:s, :r, :n, :g, :pe, :pm, :post, :ft, :no) returning id""")
			.param("s", schoolId)
			.param("r", school.regionCode())
			.param("n", command.name())
			.param("g", command.gender())
			.param("pe", cipher.encrypt(command.phone()))
			.param("pm", PersonalDataCipher.maskPhone(command.phone()))
			.param("post", command.postCode())
			.param("ft", command.fullTime())
			.param("no", command.employeeNo())
			.query(Long.class)
			.single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("name", command.name());
		after.put("post", command.postCode());
		after.put("fullTime", command.fullTime());
		after.put("phone", PersonalDataCipher.maskPhone(command.phone()));
		events.publishEvent(EntityChanged.created("staff", id, school.regionCode(), schoolId, after));
		return jdbc.sql(PeopleManagement.STAFF_SELECT + " where s.id = :id")
			.param("id", id)
			.query(PeopleManagement::staffRow)
			.single();
	}

	/**
	 * A number held inside the caller's scope is reported; one held outside it gets the
	 * same answer as a new number and becomes a transfer request to its holder
	 * ({@link StudentClaims}, ADR 0014).
	 */
	@Transactional
	public StudentView createStudent(long schoolId, SaveStudent command) {
		CurrentUser caller = Callers.current().require(Permission.PEOPLE_EDIT);
		SchoolSummary school = org.school(schoolId);
		SchoolClass schoolClass = structure.schoolClass(command.classId())
			.filter(c -> c.schoolId() == schoolId)
			.orElseThrow(() -> new BusinessRuleViolation("classId", "student.class.unknown"));
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<StudentClaims.Holder> byCard = Optional.empty();
		if (!command.idCard().isEmpty()) {
			String problem = IdCardNumber.problem(command.idCard());
			if (problem != null) {
				errors.put("idCard", problem);
			}
			else {
				byCard = claims.holderOfIdCard(command.idCard());
				if (byCard.filter(h -> inScope(caller, h)).isPresent()) {
					errors.put("idCard", "idcard.taken");
				}
			}
		}
		Optional<StudentClaims.Holder> byNo = claims.holderOfStudentNo(command.studentNo());
		if (byNo.filter(h -> inScope(caller, h)).isPresent()) {
			errors.put("studentNo", "student.no.taken");
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleViolation(errors);
		}
		IdCardNumber card = command.idCard().isEmpty() ? null : new IdCardNumber(command.idCard());
		NewStudent row = new NewStudent(schoolId, school.regionCode(), schoolClass.id(), command.studentNo(),
				command.name(), card == null ? "U" : (card.male() ? "M" : "F"), card == null ? null : card.birthDate(),
				command.idCard(), command.boarder(), command.guardianName(), command.guardianPhone(),
				command.guardianRelation());
		long id;
		if (byCard.isPresent() || byNo.isPresent()) {
			id = claims.claim(row, school.name(), byCard.or(() -> byNo).orElseThrow(),
					byCard.isPresent() ? "ID_CARD" : "STUDENT_NO");
		}
		else {
			id = claims.insert(row, false);
		}
		StudentView created = jdbc.sql(PeopleManagement.STUDENT_SELECT + " where id = :id")
			.param("id", id)
			.query(PeopleManagement::studentRow)
			.single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("name", command.name());
		after.put("studentNo", PersonalDataMask.studentNo(command.studentNo()));
		after.put("classId", command.classId());
		after.put("idCard", created.idCardMasked());
		events.publishEvent(EntityChanged.created("student", created.id(), school.regionCode(), schoolId, after));
		return StudentFields.forViewer(created, caller.role());
	}

	private static boolean inScope(CurrentUser caller, StudentClaims.Holder holder) {
		return caller.scope().coversSchool(holder.schoolId(), holder.regionCode());
	}

}
