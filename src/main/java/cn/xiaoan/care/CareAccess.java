package cn.xiaoan.care;

import java.util.List;
import java.util.Optional;

import cn.xiaoan.org.SchoolClass;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.people.ClassRosters;
import cn.xiaoan.people.RosterStudent;
import cn.xiaoan.people.SchoolColleague;
import cn.xiaoan.people.SchoolColleagues;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may do what with one student's care file (ADR 0029). The confidential circle: the
 * student's pair, the head teacher of the student's class, the school's safety officer
 * and the counsellors the principal named — all of the student's own school. The
 * principal manages pairs but reads no record; bureaus and the system administrator see
 * counts only.
 */
@Component
class CareAccess {

	private final JdbcClient jdbc;

	private final SchoolColleagues colleagues;

	private final ClassRosters rosters;

	private final SchoolStructure structure;

	CareAccess(JdbcClient jdbc, SchoolColleagues colleagues, ClassRosters rosters, SchoolStructure structure) {
		this.jdbc = jdbc;
		this.colleagues = colleagues;
		this.rosters = rosters;
		this.structure = structure;
	}

	/**
	 * The student, if of the caller's own school (404 otherwise: no one else learns of
	 * it).
	 */
	StudentRef student(long id) {
		CurrentUser caller = Callers.current();
		RosterStudent student = rosters.student(id).orElseThrow(() -> new NotFound("student", id));
		if (!ownSchool(caller, student.schoolId())) {
			throw new NotFound("student", id);
		}
		String className = structure.schoolClass(student.classId()).map(SchoolClass::fullName).orElse("");
		return new StudentRef(student.id(), student.schoolId(), student.regionCode(), student.classId(),
				student.studentNo(), student.name(), className);
	}

	/**
	 * Staff of the school itself (a school scope), never a bureau or the administrator.
	 */
	static boolean ownSchool(CurrentUser caller, long schoolId) {
		DataScope scope = caller.scope();
		return scope.kind() == DataScope.Kind.SCHOOL && scope.schoolId() != null && scope.schoolId() == schoolId
				&& caller.role().kind() == Role.Kind.SCHOOL && caller.can(CarePermissions.CARE_RECORD);
	}

	/** May read and add to the student's records and flag notes? */
	boolean inCircle(CurrentUser caller, StudentRef student) {
		if (!ownSchool(caller, student.schoolId()) || caller.personId() == null) {
			return false;
		}
		return caller.role() == Role.SCHOOL_SAFETY_OFFICER || isPair(caller, student) || leads(caller, student)
				|| counsellor(caller, student.schoolId());
	}

	void requireCircle(CurrentUser caller, StudentRef student) {
		if (!inCircle(caller, student)) {
			throw new AccessDenied("a care file is confidential to its circle");
		}
	}

	/**
	 * May set and clear the student's flags: the head teacher, the safety office, a
	 * counsellor.
	 */
	boolean flags(CurrentUser caller, StudentRef student) {
		return ownSchool(caller, student.schoolId()) && caller.personId() != null
				&& (caller.role() == Role.SCHOOL_SAFETY_OFFICER || leads(caller, student)
						|| counsellor(caller, student.schoolId()));
	}

	/**
	 * May confirm pairs of the class: its head teacher, the principal, the safety office.
	 */
	boolean managesClass(CurrentUser caller, long schoolId, long classId) {
		if (!ownSchool(caller, schoolId) || !caller.can(CarePermissions.CARE_PAIR)) {
			return false;
		}
		return caller.role() == Role.PRINCIPAL || caller.role() == Role.SCHOOL_SAFETY_OFFICER
				|| ledClass(caller).filter(c -> c == classId).isPresent();
	}

	void requireManages(CurrentUser caller, long schoolId, long classId) {
		if (!managesClass(caller, schoolId, classId)) {
			throw new AccessDenied(
					"pairs of a class are confirmed by its head teacher, the principal or the safety office");
		}
	}

	boolean isPair(CurrentUser caller, StudentRef student) {
		return caller.personId() != null
				&& jdbc.sql("select exists (select 1 from care.pair where student_id = :s and staff_id = :me)")
					.param("s", student.id())
					.param("me", caller.personId())
					.query(Boolean.class)
					.single();
	}

	boolean leads(CurrentUser caller, StudentRef student) {
		return caller.role() == Role.HEAD_TEACHER && ledClass(caller).filter(c -> c == student.classId()).isPresent();
	}

	/** The class the caller leads as head teacher, if any. */
	Optional<Long> ledClass(CurrentUser caller) {
		if (caller.role() != Role.HEAD_TEACHER || caller.personId() == null || !caller.atOneSchool()) {
			return Optional.empty();
		}
		return colleague(caller).map(SchoolColleague::headClassId);
	}

	Optional<SchoolColleague> colleague(CurrentUser caller) {
		if (caller.personId() == null || !caller.atOneSchool()) {
			return Optional.empty();
		}
		return colleagues.find(caller.scope().schoolId(), caller.personId());
	}

	boolean counsellor(CurrentUser caller, long schoolId) {
		return caller.personId() != null
				&& jdbc.sql("select exists (select 1 from care.counsellor where school_id = :s and staff_id = :me)")
					.param("s", schoolId)
					.param("me", caller.personId())
					.query(Boolean.class)
					.single();
	}

	List<SchoolColleague> colleaguesOf(long schoolId) {
		return colleagues.of(schoolId);
	}

}
