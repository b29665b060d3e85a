package cn.xiaoan.care;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.people.SchoolColleague;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.PersonalDataRevealed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care module's API for one student: pair (一岗双带, confirmed by the class's head
 * teacher, the principal or the safety office), flag at risk and clear, record a care
 * visit, read the file and a visit. Every call checks the caller against the student's
 * school and the confidential circle ({@link CareAccess}); every read of a visit's
 * content is audited.
 */
@Service
@Transactional
public class CareManagement {

	private final JdbcClient jdbc;

	private final CareAccess access;

	private final FollowUps followUps;

	private final ApplicationEventPublisher events;

	private final CareBoard board;

	CareManagement(JdbcClient jdbc, CareAccess access, FollowUps followUps, ApplicationEventPublisher events,
			CareBoard board) {
		this.board = board;
		this.jdbc = jdbc;
		this.access = access;
		this.followUps = followUps;
		this.events = events;
	}

	/**
	 * Pairs the student with a staff member of the student's school (replacing a pair).
	 */
	public void pair(long studentId, PairStudent command) {
		CurrentUser caller = Callers.current().require(CarePermissions.CARE_PAIR);
		StudentRef student = access.student(studentId);
		access.requireManages(caller, student.schoolId(), student.classId());
		SchoolColleague staff = access.colleaguesOf(student.schoolId())
			.stream()
			.filter(c -> c.staffId() == command.staffId())
			.findFirst()
			.orElseThrow(() -> new BusinessRuleViolation("staffId", "care.pair.staff.unknown"));
		String before = jdbc.sql("select staff_name from care.pair where student_id = :s")
			.param("s", studentId)
			.query(String.class)
			.optional()
			.orElse("");
		jdbc.sql(
				"""
						insert into care.pair (student_id, school_id, region_code, class_id, staff_id, staff_name, confirmed_by,
						                       confirmed_at)
						values (:s, :school, :region, :class, :staff, :name, :by, :at)
						on conflict (student_id) do update set staff_id = excluded.staff_id, staff_name = excluded.staff_name,
						  class_id = excluded.class_id, confirmed_by = excluded.confirmed_by, confirmed_at = excluded.confirmed_at""")
			.param("s", studentId)
			.param("school", student.schoolId())
			.param("region", student.regionCode())
			.param("class", student.classId())
			.param("staff", staff.staffId())
			.param("name", staff.name())
			.param("by", caller.displayName())
			.param("at", followUps.now())
			.update();
		events.publishEvent(new StudentPaired(studentId, staff.staffId(), student.schoolId(), student.regionCode(),
				student.classId()));
		events.publishEvent(EntityChanged.updated("care_pair", studentId, student.regionCode(), student.schoolId(),
				Map.of("pair", before), Map.of("pair", staff.name())));
	}

	/** Flags the student at risk (or rewrites the flag's note). */
	public void flag(long studentId, FlagStudent command) {
		CurrentUser caller = Callers.current().require(CarePermissions.CARE_RECORD);
		StudentRef student = access.student(studentId);
		if (!access.flags(caller, student)) {
			throw new AccessDenied("flags are set by the head teacher, the safety office or a counsellor");
		}
		int added = jdbc.sql("""
				insert into care.flag (student_id, flag, school_id, region_code, class_id, note, set_by, set_at)
				values (:s, :flag, :school, :region, :class, :note, :by, :at)
				on conflict (student_id, flag) do update set note = excluded.note, set_by = excluded.set_by
				returning (xmax = 0)::int""")
			.param("s", studentId)
			.param("flag", command.flag().name())
			.param("school", student.schoolId())
			.param("region", student.regionCode())
			.param("class", student.classId())
			.param("note", command.note())
			.param("by", caller.displayName())
			.param("at", followUps.now())
			.query(Integer.class)
			.single();
		followUps.refresh(student);
		if (added == 1) {
			events.publishEvent(
					new StudentFlaggedAtRisk(studentId, student.schoolId(), student.regionCode(), command.flag()));
		}
		// the note is confidential: the trail says which flag, not what was written
		events.publishEvent(EntityChanged.updated("care_flag", studentId, student.regionCode(), student.schoolId(),
				Map.of(), Map.of("flag", command.flag().name())));
	}

	/** Clears one flag; the last one cleared ends the follow-ups. */
	public void clearFlag(long studentId, RiskFlag flag) {
		CurrentUser caller = Callers.current().require(CarePermissions.CARE_RECORD);
		StudentRef student = access.student(studentId);
		if (!access.flags(caller, student)) {
			throw new AccessDenied("flags are cleared by the head teacher, the safety office or a counsellor");
		}
		int removed = jdbc.sql("delete from care.flag where student_id = :s and flag = :f")
			.param("s", studentId)
			.param("f", flag.name())
			.update();
		if (removed == 0) {
			throw new NotFound("flag", flag);
		}
		followUps.refresh(student);
		events.publishEvent(new EntityChanged("care_flag", String.valueOf(studentId), "DELETE", student.regionCode(),
				student.schoolId(), Map.of("flag", flag.name()), Map.of()));
	}

	/** Records a care visit by the caller, one of the student's circle. */
	public long record(long studentId, RecordVisit command) {
		CurrentUser caller = Callers.current().require(CarePermissions.CARE_RECORD);
		StudentRef student = access.student(studentId);
		access.requireCircle(caller, student);
		Map<String, String> problems = new LinkedHashMap<>();
		if (command.empty()) {
			problems.put("thinking", "care.visit.empty");
		}
		if (command.visitDate().isAfter(followUps.today())) {
			problems.put("visitDate", "care.visit.future");
		}
		if (command.visitDate().isBefore(followUps.today().minusYears(1))) {
			problems.put("visitDate", "care.visit.tooOld");
		}
		if (command.nextFollowUp() != null && !command.nextFollowUp().isAfter(command.visitDate())) {
			problems.put("nextFollowUp", "care.visit.followUp.beforeVisit");
		}
		if (command.nextFollowUp() != null && command.nextFollowUp().isAfter(command.visitDate().plusYears(1))) {
			problems.put("nextFollowUp", "care.visit.followUp.tooFar");
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleViolation(problems);
		}
		long id = jdbc
			.sql("""
					insert into care.visit (student_id, school_id, region_code, class_id, staff_id, staff_name, visit_date, form,
					                        thinking, studies, family, difficulties, help_given, next_follow_up, recorded_by,
					                        recorded_at)
					values (:s, :school, :region, :class, :staff, :name, :date, :form, :thinking, :studies, :family, :diff,
					        :help, :next, :by, :at) returning id""")
			.param("s", studentId)
			.param("school", student.schoolId())
			.param("region", student.regionCode())
			.param("class", student.classId())
			.param("staff", caller.personId())
			.param("name", caller.displayName())
			.param("date", command.visitDate())
			.param("form", command.form().name())
			.param("thinking", command.thinking())
			.param("studies", command.studies())
			.param("family", command.family())
			.param("diff", command.difficulties())
			.param("help", command.helpGiven())
			.param("next", command.nextFollowUp())
			.param("by", caller.accountId())
			.param("at", followUps.now())
			.query(Long.class)
			.single();
		followUps.refresh(student);
		events.publishEvent(new CareVisitRecorded(id, studentId, student.schoolId(), student.regionCode(),
				command.form(), command.visitDate()));
		// what was said stays in the record: the trail names the form and the dates
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("form", command.form().name());
		after.put("visitDate", command.visitDate().toString());
		after.put("nextFollowUp", command.nextFollowUp() == null ? "" : command.nextFollowUp().toString());
		events.publishEvent(EntityChanged.created("care_visit", id, student.regionCode(), student.schoolId(), after));
		return id;
	}

	/**
	 * Confirms the suggested pair of every unpaired student of a class (the students at
	 * risk first), spreading them over the class's subject teachers; answers how many
	 * were paired.
	 */
	public int confirmSuggestions(long classId) {
		int paired = 0;
		for (int round = 0; round < 500; round++) {
			ClassPage page = board.classPage(classId);
			ClassRow next = page.rows()
				.stream()
				.filter(r -> r.pairStaffId() == null && r.suggestedStaffId() != null)
				.findFirst()
				.orElse(null);
			if (next == null) {
				break;
			}
			pair(next.studentId(), new PairStudent(next.suggestedStaffId()));
			paired++;
		}
		return paired;
	}

	/** The student's file, for the circle only. */
	@Transactional(readOnly = true)
	public CareFile file(long studentId) {
		CurrentUser caller = Callers.current().require(CarePermissions.CARE_RECORD);
		StudentRef student = access.student(studentId);
		access.requireCircle(caller, student);
		record Pair(Long staffId, String name) {
		}
		Pair pair = jdbc.sql("select staff_id, staff_name from care.pair where student_id = :s")
			.param("s", studentId)
			.query((rs, n) -> new Pair(rs.getLong(1), rs.getString(2)))
			.optional()
			.orElse(new Pair(null, ""));
		List<CareFile.Flag> flags = jdbc
			.sql("select flag, note, set_by, set_at from care.flag where student_id = :s order by set_at, flag")
			.param("s", studentId)
			.query((rs, n) -> new CareFile.Flag(RiskFlag.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class)))
			.list();
		java.time.LocalDate due = jdbc.sql("select due_on from care.follow_up where student_id = :s")
			.param("s", studentId)
			.query(java.time.LocalDate.class)
			.optional()
			.orElse(null);
		List<CareFile.Visit> visits = jdbc.sql("""
				select id, visit_date, form, staff_name, next_follow_up from care.visit where student_id = :s
				order by visit_date desc, id desc""")
			.param("s", studentId)
			.query((rs, n) -> new CareFile.Visit(rs.getLong(1), rs.getObject(2, java.time.LocalDate.class),
					CareForm.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, java.time.LocalDate.class)))
			.list();
		return new CareFile(studentId, student.name(), student.studentNo(), student.className(), student.classId(),
				pair.staffId(), pair.name(), flags, due, due != null && due.isBefore(followUps.today()), visits,
				access.flags(caller, student), access.managesClass(caller, student.schoolId(), student.classId()));
	}

	/** A visit's content, for the student's circle only; the read is audited. */
	@Transactional(readOnly = true)
	public CareVisit visit(long id) {
		CurrentUser caller = Callers.current().require(CarePermissions.CARE_RECORD);
		Long studentId = jdbc.sql("select student_id from care.visit where id = :id")
			.param("id", id)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFound("care visit", id));
		StudentRef student;
		try {
			student = access.student(studentId);
		}
		catch (NotFound ex) {
			throw new NotFound("care visit", id);
		}
		access.requireCircle(caller, student);
		CareVisit visit = jdbc
			.sql("""
					select id, student_id, staff_name, visit_date, form, thinking, studies, family, difficulties, help_given,
					       next_follow_up, recorded_at from care.visit where id = :id""")
			.param("id", id)
			.query((rs, n) -> new CareVisit(rs.getLong(1), rs.getLong(2), student.name(), student.className(),
					rs.getString(3), rs.getObject(4, java.time.LocalDate.class), CareForm.valueOf(rs.getString(5)),
					rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
					rs.getObject(11, java.time.LocalDate.class), rs.getObject(12, OffsetDateTime.class)))
			.single();
		events.publishEvent(new PersonalDataRevealed("care_visit", String.valueOf(id), student.regionCode(),
				student.schoolId(), List.of("careRecord"), "read"));
		return visit;
	}

}
