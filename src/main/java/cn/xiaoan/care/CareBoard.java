package cn.xiaoan.care;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.people.SchoolColleague;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care lists of a school: a class's pairing page (gaps first, with a suggested pair
 * from the class's subject teachers and head teacher), the school's classes, the caller's
 * paired students, and the overdue follow-ups the caller may see.
 */
@Service
@Transactional(readOnly = true)
public class CareBoard {

	private final JdbcClient jdbc;

	private final CareAccess access;

	private final FollowUps followUps;

	CareBoard(JdbcClient jdbc, CareAccess access, FollowUps followUps) {
		this.jdbc = jdbc;
		this.access = access;
		this.followUps = followUps;
	}

	/**
	 * A class of the caller's school, for its head teacher, the principal, the safety
	 * office.
	 */
	public ClassPage classPage(long classId) {
		CurrentUser caller = Callers.current().require(CarePermissions.CARE_PAIR);
		record Label(long school, String name) {
		}
		Label label = jdbc.sql("select school_id, name from org.class_label where class_id = :c")
			.param("c", classId)
			.query((rs, n) -> new Label(rs.getLong(1), rs.getString(2)))
			.optional()
			.orElseThrow(() -> new NotFound("class", classId));
		if (!CareAccess.ownSchool(caller, label.school())) {
			throw new NotFound("class", classId);
		}
		access.requireManages(caller, label.school(), classId);
		List<SchoolColleague> staff = access.colleaguesOf(label.school());
		Map<Long, Long> load = new HashMap<>();
		jdbc.sql("select staff_id, count(*) from care.pair where school_id = :s group by staff_id")
			.param("s", label.school())
			.query(rs -> {
				load.put(rs.getLong(1), rs.getLong(2));
			});
		Long suggestion = suggest(staff, classId, load);
		LocalDate today = followUps.today();
		List<ClassRow> rows = jdbc.sql("""
				select r.student_id, r.name, r.student_no,
				       (select array_agg(f.flag order by f.flag) from care.flag f where f.student_id = r.student_id),
				       p.staff_id, p.staff_name, u.due_on
				from people.class_roster r left join care.pair p on p.student_id = r.student_id
				left join care.follow_up u on u.student_id = r.student_id
				where r.class_id = :c and r.school_id = :s order by r.student_no""")
			.param("c", classId)
			.param("s", label.school())
			.query((rs, n) -> {
				LocalDate due = rs.getObject(7, LocalDate.class);
				Long pair = (Long) rs.getObject(5);
				return new ClassRow(rs.getLong(1), rs.getString(2), rs.getString(3), flags(rs, 4), pair,
						rs.getString(6), due, due != null && due.isBefore(today), pair != null ? pair : suggestion);
			})
			.list()
			.stream()
			.sorted(Comparator.comparing((ClassRow r) -> !r.gap()).thenComparing(r -> !r.atRisk()))
			.toList();
		return new ClassPage(classId, label.name(), rows, staff, true);
	}

	/**
	 * The suggested pair of a class's student: the subject teacher of the class with the
	 * fewest pairs, else its head teacher (一岗双带 from class and subject).
	 */
	static Long suggest(List<SchoolColleague> staff, long classId, Map<Long, Long> load) {
		return staff.stream()
			.filter(c -> c.classIds().contains(classId) && !Long.valueOf(classId).equals(c.headClassId()))
			.min(Comparator.comparing((SchoolColleague c) -> load.getOrDefault(c.staffId(), 0L))
				.thenComparing(SchoolColleague::staffId))
			.or(() -> staff.stream().filter(c -> Long.valueOf(classId).equals(c.headClassId())).findFirst())
			.map(SchoolColleague::staffId)
			.orElse(null);
	}

	/**
	 * The classes of the caller's school with their counts (principal, safety office).
	 */
	public List<ClassSummary> classes() {
		CurrentUser caller = Callers.current().require(CarePermissions.CARE_PAIR);
		if (!caller.atOneSchool() || caller.role() == Role.HEAD_TEACHER
				|| !CareAccess.ownSchool(caller, caller.scope().schoolId())) {
			throw new AccessDenied("the school's classes are the principal's and the safety office's");
		}
		return jdbc
			.sql("""
					select c.class_id, c.name, count(r.student_id), count(p.student_id),
					       count(r.student_id) filter (where exists (select 1 from care.flag f where f.student_id = r.student_id)),
					       count(r.student_id) filter (where p.student_id is null
					                     and exists (select 1 from care.flag f where f.student_id = r.student_id)),
					       count(u.student_id) filter (where u.due_on < :today)
					from org.class_label c left join people.class_roster r on r.class_id = c.class_id
					left join care.pair p on p.student_id = r.student_id left join care.follow_up u on u.student_id = r.student_id
					where c.school_id = :s group by c.class_id, c.name, c.grade_seq order by c.grade_seq, c.name""")
			.param("s", caller.scope().schoolId())
			.param("today", followUps.today())
			.query((rs, n) -> new ClassSummary(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6), rs.getLong(7)))
			.list();
	}

	/**
	 * How many students at risk of the class the caller leads have no pair (a count for
	 * the head teacher's 待办).
	 */
	long gapsOfLedClass() {
		CurrentUser caller = Callers.current();
		Long led = access.ledClass(caller).orElse(null);
		if (led == null) {
			return 0;
		}
		return jdbc.sql("""
				select count(distinct f.student_id) from care.flag f
				join people.class_roster r on r.student_id = f.student_id
				where r.class_id = :c and not exists (select 1 from care.pair p where p.student_id = f.student_id)""")
			.param("c", led)
			.query(Long.class)
			.single();
	}

	/** The students paired with the caller. */
	public List<MyStudent> mine() {
		CurrentUser caller = Callers.current().require(CarePermissions.CARE_RECORD);
		if (caller.personId() == null || !CareAccess.ownSchool(caller, caller.scope().schoolId())) {
			return List.of();
		}
		return students("p.staff_id = :me and p.school_id = :s", caller, false);
	}

	/**
	 * The overdue follow-ups the caller may see: their own pairs; a head teacher's class;
	 * the whole school for the safety office and the counsellors.
	 */
	public List<MyStudent> overdue() {
		CurrentUser caller = Callers.current().require(CarePermissions.CARE_RECORD);
		if (caller.personId() == null || !CareAccess.ownSchool(caller, caller.scope().schoolId())) {
			return List.of();
		}
		long school = caller.scope().schoolId();
		if (caller.role() == Role.SCHOOL_SAFETY_OFFICER || access.counsellor(caller, school)) {
			return students("u.school_id = :s", caller, true);
		}
		Long led = access.ledClass(caller).orElse(-1L);
		return students("u.school_id = :s and (p.staff_id = :me or u.class_id = " + led + ")", caller, true);
	}

	private List<MyStudent> students(String where, CurrentUser caller, boolean overdueOnly) {
		LocalDate today = followUps.today();
		String from = overdueOnly
				? "care.follow_up u join people.class_roster r on r.student_id = u.student_id left join care.pair p on p.student_id = u.student_id"
				: "care.pair p join people.class_roster r on r.student_id = p.student_id left join care.follow_up u on u.student_id = p.student_id";
		return jdbc.sql("""
				select r.student_id, r.name, coalesce(c.name, ''),
				       (select array_agg(f.flag order by f.flag) from care.flag f where f.student_id = r.student_id),
				       coalesce(p.staff_name, ''),
				       (select max(v.visit_date) from care.visit v where v.student_id = r.student_id), u.due_on
				from %s left join org.class_label c on c.class_id = r.class_id
				where %s %s order by u.due_on nulls last, r.name""".formatted(from, where,
				overdueOnly ? "and u.due_on < :today" : "and (cast(:today as date) is not null)"))
			.param("me", caller.personId())
			.param("s", caller.scope().schoolId())
			.param("today", today)
			.query((rs, n) -> {
				LocalDate due = rs.getObject(7, LocalDate.class);
				return new MyStudent(rs.getLong(1), rs.getString(2), rs.getString(3), flags(rs, 4), rs.getString(5),
						rs.getObject(6, LocalDate.class), due, due != null && due.isBefore(today));
			})
			.list();
	}

	static List<RiskFlag> flags(ResultSet rs, int column) throws SQLException {
		Array array = rs.getArray(column);
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((String[]) array.getArray()).map(RiskFlag::valueOf).toList();
	}

}
