package cn.xiaoan.people;

import cn.xiaoan.people.bulk.PeopleBulkLoad;
import cn.xiaoan.people.privacy.PersonalDataCipher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolClass;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.IdCardNumber;
import cn.xiaoan.shared.Permission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers staff and students one at a time (forms and API); personal data is encrypted
 * and masked, ID cards and student numbers are unique across the platform. Imports use
 * {@link PeopleBulkLoad}.
 */
@Service
@Transactional
class PeopleRegistration {

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final SchoolStructure structure;

	private final PersonalDataCipher cipher;

	private final ApplicationEventPublisher events;

	private final PeopleBulkLoad bulk;

	PeopleRegistration(JdbcClient jdbc, OrgManagement org, SchoolStructure structure, PersonalDataCipher cipher,
			ApplicationEventPublisher events, PeopleBulkLoad bulk) {
		this.jdbc = jdbc;
		this.org = org;
		this.structure = structure;
		this.cipher = cipher;
		this.events = events;
		this.bulk = bulk;
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

	@Transactional
	public StudentView createStudent(long schoolId, SaveStudent command) {
		Callers.current().require(Permission.PEOPLE_EDIT);
		SchoolSummary school = org.school(schoolId);
		SchoolClass schoolClass = structure.schoolClass(command.classId())
			.filter(c -> c.schoolId() == schoolId)
			.orElseThrow(() -> new BusinessRuleViolation("classId", "student.class.unknown"));
		Map<String, String> errors = new LinkedHashMap<>();
		if (!command.idCard().isEmpty()) {
			String problem = IdCardNumber.problem(command.idCard());
			if (problem != null) {
				errors.put("idCard", problem);
			}
			else if (idCardTaken(command.idCard())) {
				errors.put("idCard", "idcard.taken");
			}
		}
		if (studentNoTaken(command.studentNo())) {
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
		bulk.students(List.of(row), null, false);
		StudentView created = jdbc.sql(PeopleManagement.STUDENT_SELECT + " where student_no = :n")
			.param("n", command.studentNo())
			.query(PeopleManagement::studentRow)
			.single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("name", command.name());
		after.put("studentNo", command.studentNo());
		after.put("classId", command.classId());
		after.put("idCard", created.idCardMasked());
		events.publishEvent(EntityChanged.created("student", created.id(), school.regionCode(), schoolId, after));
		return created;
	}

	boolean idCardTaken(String idCard) {
		return jdbc.sql("select exists (select 1 from people.student where id_card_hash = any(:h))")
			.param("h", cipher.blindIndexes(idCard.toUpperCase()).toArray(String[]::new))
			.query(Boolean.class)
			.single();
	}

	boolean studentNoTaken(String studentNo) {
		return jdbc.sql("select exists (select 1 from people.student where student_no = :n)")
			.param("n", studentNo)
			.query(Boolean.class)
			.single();
	}

}
