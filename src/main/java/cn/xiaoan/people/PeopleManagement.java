package cn.xiaoan.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.org.Page;
import cn.xiaoan.org.Post;
import cn.xiaoan.org.SchoolClass;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.IdCardNumber;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people module's API: staff and students of a school in the caller's scope (head
 * teachers see their own class only), a student's guardians, a parent's children and a
 * student's own record.
 */
@Service
@Transactional(readOnly = true)
public class PeopleManagement {

	/**
	 * Roll a school over into a new school year (classes move up, the top grade
	 * graduates): its principal, or a bureau administrator for the schools of the region.
	 */
	public static final Permission SCHOOL_YEAR_ADVANCE = Permission.grantedTo("SCHOOL_YEAR_ADVANCE", Role.PRINCIPAL,
			Role.BUREAU_ADMIN);

	static final String STAFF_SELECT = """
			select s.id, s.school_id, s.name, s.gender, s.phone_masked, s.post_code, s.department_id, s.full_time,
			       s.head_class_id, s.employee_no
			from people.staff s""";

	static final String STUDENT_SELECT = """
			select id, school_id, class_id, student_no, name, gender, birth_date, id_card_masked, boarder
			from people.student""";

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final SchoolStructure structure;

	private final PeopleRegistration registration;

	PeopleManagement(JdbcClient jdbc, OrgManagement org, SchoolStructure structure, PeopleRegistration registration) {
		this.structure = structure;
		this.jdbc = jdbc;
		this.org = org;
		this.registration = registration;
	}

	/** Registers a staff member of a school in the caller's scope. */
	@Transactional
	public StaffView createStaff(long schoolId, SaveStaff command) {
		return registration.createStaff(schoolId, command);
	}

	/** Registers a student of a school in the caller's scope, with a first guardian. */
	@Transactional
	public StudentView createStudent(long schoolId, SaveStudent command) {
		return registration.createStudent(schoolId, command);
	}

	public List<StaffView> staff(long schoolId, String postCode) {
		Callers.current().require(Permission.PEOPLE_READ);
		org.school(schoolId);
		Map<Long, String> departments = structure.departments(schoolId);
		return jdbc
			.sql(STAFF_SELECT + " where s.school_id = :s and (cast(:p as varchar) is null or s.post_code = :p)"
					+ " order by s.post_code, s.name")
			.param("s", schoolId)
			.param("p", postCode == null || postCode.isBlank() ? null : postCode)
			.query(PeopleManagement::staffRow)
			.list()
			.stream()
			.map(v -> v.withDepartment(departments))
			.toList();
	}

	public Page<StudentView> students(long schoolId, Long classId, String text, int page) {
		CurrentUser caller = Callers.current().require(Permission.PEOPLE_READ);
		org.school(schoolId);
		Long onlyClass = classId;
		if (caller.role() == Role.HEAD_TEACHER) {
			Long own = ownClass(caller);
			if (own == null || (classId != null && !classId.equals(own))) {
				throw new cn.xiaoan.shared.AccessDenied("head teachers see their own class only");
			}
			onlyClass = own;
		}
		// graduated students keep their records (a student's own page) but leave the
		// lists
		String where = " where school_id = :s and graduated_in is null and left_on is null and (cast(:c as bigint) is null or class_id = :c)"
				+ " and (:t = '' or name like '%' || :t || '%' or student_no like :t || '%')";
		String t = text == null ? "" : text.trim();
		long total = jdbc.sql("select count(*) from people.student" + where)
			.param("s", schoolId)
			.param("c", onlyClass)
			.param("t", t)
			.query(Long.class)
			.single();
		List<StudentView> items = jdbc.sql(STUDENT_SELECT + where + " order by class_id, student_no limit 50 offset :o")
			.param("s", schoolId)
			.param("c", onlyClass)
			.param("t", t)
			.param("o", Math.max(0, page) * 50L)
			.query(PeopleManagement::studentRow)
			.list()
			.stream()
			.map(s -> StudentFields.forViewer(s, caller.role()))
			.toList();
		return new Page<>(items, total, Math.max(0, page), 50);
	}

	/**
	 * A student with guardians, if the caller may see them (staff in scope, the student,
	 * a guardian).
	 */
	public StudentDetail student(long id) {
		CurrentUser caller = Callers.current();
		StudentView student = jdbc.sql(STUDENT_SELECT + " where id = :id")
			.param("id", id)
			.query(PeopleManagement::studentRow)
			.optional()
			.orElseThrow(() -> new NotFound("student", id));
		boolean allowed = switch (caller.role()) {
			case STUDENT -> caller.personId() != null && caller.personId() == id;
			case PARENT -> isGuardianOf(caller.personId(), id);
			case HEAD_TEACHER -> caller.scope().schoolId() == student.schoolId()
					&& Long.valueOf(student.classId()).equals(ownClass(caller));
			default -> caller.can(Permission.PEOPLE_READ) && org.findSchool(student.schoolId())
				.map(s -> caller.scope().coversSchool(s.id(), s.regionCode()))
				.orElse(false);
		};
		if (!allowed) {
			throw new NotFound("student", id);
		}
		return new StudentDetail(StudentFields.forViewer(student, caller.role()), guardians(id),
				structure.schoolClass(student.classId()).orElse(null), org.findSchool(student.schoolId()).orElse(null));
	}

	public record StudentDetail(StudentView student, List<GuardianView> guardians, SchoolClass schoolClass,
			SchoolSummary school) {
	}

	/** The caller's children (parents) or own record (students). */
	public List<StudentDetail> myStudents() {
		CurrentUser caller = Callers.current().require(Permission.SELF_SERVICE);
		List<Long> ids = caller.role() == Role.PARENT
				? jdbc.sql("select student_id from people.student_guardian where guardian_id = :g order by student_id")
					.param("g", caller.personId())
					.query(Long.class)
					.list()
				: List.of(caller.personId());
		return ids.stream().map(this::student).toList();
	}

	private List<GuardianView> guardians(long studentId) {
		return jdbc.sql("""
				select g.id, g.name, g.phone_masked, l.relation from people.guardian g
				join people.student_guardian l on l.guardian_id = g.id where l.student_id = :s order by g.id""")
			.param("s", studentId)
			.query((rs, n) -> new GuardianView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	private boolean isGuardianOf(Long guardianId, long studentId) {
		return guardianId != null && jdbc
			.sql("select exists (select 1 from people.student_guardian where guardian_id = :g and student_id = :s)")
			.param("g", guardianId)
			.param("s", studentId)
			.query(Boolean.class)
			.single();
	}

	private Long ownClass(CurrentUser caller) {
		if (caller.personId() == null) {
			return null;
		}
		return jdbc.sql("select head_class_id from people.staff where id = :id")
			.param("id", caller.personId())
			.query((rs, n) -> (Long) rs.getObject(1))
			.optional()
			.orElse(null);
	}

	/**
	 * Guards and teachers per school for modules that have already checked the caller's
	 * scope of these schools.
	 */
	public Map<Long, GuardCount> guardCounts(Collection<Long> schoolIds) {
		Map<Long, GuardCount> counts = new HashMap<>();
		if (schoolIds.isEmpty()) {
			return counts;
		}
		String[] teaching = structure.posts().stream().filter(Post::teaching).map(Post::code).toArray(String[]::new);
		jdbc.sql("""
				select school_id, count(*) filter (where post_code = :guard and full_time),
				       count(*) filter (where post_code = :guard and not full_time),
				       count(*) filter (where post_code = any(:teaching))
				from people.staff where school_id = any(:ids) group by school_id""")
			.param("guard", Post.GUARD)
			.param("teaching", teaching)
			.param("ids", schoolIds.toArray(Long[]::new))
			.query(rs -> {
				counts.put(rs.getLong(1), new GuardCount(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)));
			});
		return counts;
	}

	/** Registered students and staff in the caller's scope, for landing pages. */
	public PeopleCounts counts() {
		DataScope scope = Callers.current().scope();
		String where = " where region_code like :p || '%' and (cast(:s as bigint) is null or school_id = :s)";
		long students = jdbc // kept per class as students change (issue 16)
			.sql("select coalesce(sum(at_school), 0) from people.class_size" + where)
			.param("p", scope.sqlRegionPrefix())
			.param("s", scope.sqlSchoolId())
			.query(Long.class)
			.single();
		long staff = jdbc.sql("select count(*) from people.staff" + where)
			.param("p", scope.sqlRegionPrefix())
			.param("s", scope.sqlSchoolId())
			.query(Long.class)
			.single();
		return new PeopleCounts(students, staff);
	}

	public record PeopleCounts(long students, long staff) {
	}

	static StaffView staffRow(ResultSet rs, int n) throws SQLException {
		return new StaffView(rs.getLong("id"), rs.getLong("school_id"), rs.getString("name"), rs.getString("gender"),
				rs.getString("phone_masked"), rs.getString("post_code"), String.valueOf(rs.getObject("department_id")),
				rs.getBoolean("full_time"), (Long) rs.getObject("head_class_id"), rs.getString("employee_no"));
	}

	static StudentView studentRow(ResultSet rs, int n) throws SQLException {
		java.sql.Date birth = rs.getDate("birth_date");
		return new StudentView(rs.getLong("id"), rs.getLong("school_id"), rs.getLong("class_id"),
				rs.getString("student_no"), rs.getString("name"), rs.getString("gender"),
				birth == null ? null : birth.toLocalDate(), birth == null ? null : birth.toLocalDate().getYear(),
				rs.getString("id_card_masked"), rs.getBoolean("boarder"));
	}

}
