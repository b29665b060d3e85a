package cn.xiaoan.care;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import cn.xiaoan.org.SchoolClass;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.org.UnitNames;
import cn.xiaoan.people.ClassRosters;
import cn.xiaoan.people.RosterStudent;
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

	private final ClassRosters rosters;

	private final SchoolStructure structure;

	private final UnitNames units;

	CareBoard(JdbcClient jdbc, CareAccess access, FollowUps followUps, ClassRosters rosters, SchoolStructure structure,
			UnitNames units) {
		this.jdbc = jdbc;
		this.access = access;
		this.followUps = followUps;
		this.rosters = rosters;
		this.structure = structure;
		this.units = units;
	}

	/**
	 * A class of the caller's school, for its head teacher, the principal, the safety
	 * office.
	 */
	public ClassPage classPage(long classId) {
		CurrentUser caller = Callers.current().require(CarePermissions.CARE_PAIR);
		SchoolClass schoolClass = structure.schoolClass(classId).orElseThrow(() -> new NotFound("class", classId));
		long school = schoolClass.schoolId();
		if (!CareAccess.ownSchool(caller, school)) {
			throw new NotFound("class", classId);
		}
		access.requireManages(caller, school, classId);
		List<SchoolColleague> staff = access.colleaguesOf(school);
		Map<Long, Long> load = new HashMap<>();
		jdbc.sql("select staff_id, count(*) from care.pair where school_id = :s group by staff_id")
			.param("s", school)
			.query(rs -> {
				load.put(rs.getLong(1), rs.getLong(2));
			});
		Long suggestion = suggest(staff, classId, load);
		LocalDate today = followUps.today();
		List<RosterStudent> students = rosters.ofClasses(school, List.of(classId));
		Map<Long, CareState> care = careOf(students);
		List<ClassRow> rows = students.stream().map(s -> {
			CareState c = care.get(s.id());
			return new ClassRow(s.id(), s.name(), s.studentNo(), c.flags(), c.pairStaffId(), c.pairName(), c.dueOn(),
					c.overdue(today), c.pairStaffId() != null ? c.pairStaffId() : suggestion);
		}).sorted(Comparator.comparing((ClassRow r) -> !r.gap()).thenComparing(r -> !r.atRisk())).toList();
		return new ClassPage(classId, schoolClass.fullName(), rows, staff, true);
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
	 * The classes of the caller's school with their counts (principal, safety office):
	 * the current classes, and a graduated one (its grade named after its year, 2026届)
	 * only while a student of it is still flagged or paired, so that no open care
	 * disappears from the board with the school year.
	 */
	public List<ClassSummary> classes() {
		CurrentUser caller = Callers.current().require(CarePermissions.CARE_PAIR);
		if (!caller.atOneSchool() || caller.role() == Role.HEAD_TEACHER
				|| !CareAccess.ownSchool(caller, caller.scope().schoolId())) {
			throw new AccessDenied("the school's classes are the principal's and the safety office's");
		}
		long school = caller.scope().schoolId();
		Set<Long> current = new HashSet<>();
		structure.classesOf(school).forEach(c -> current.add(c.id()));
		List<SchoolClass> classes = structure.allClassesOf(school);
		List<RosterStudent> students = rosters.ofClasses(school, classes.stream().map(SchoolClass::id).toList());
		Map<Long, CareState> care = careOf(students);
		Map<Long, List<CareState>> byClass = new HashMap<>();
		students.forEach(s -> byClass.computeIfAbsent(s.classId(), c -> new ArrayList<>()).add(care.get(s.id())));
		LocalDate today = followUps.today();
		return classes.stream().map(c -> {
			List<CareState> of = byClass.getOrDefault(c.id(), List.of());
			return new ClassSummary(c.id(), c.fullName(), of.size(), count(of, s -> s.pairStaffId() != null),
					count(of, CareState::atRisk), count(of, CareState::gap), count(of, s -> s.overdue(today)));
		}).filter(c -> current.contains(c.classId()) || c.paired() > 0 || c.atRisk() > 0).toList();
	}

	private static long count(List<CareState> students, Predicate<CareState> which) {
		return students.stream().filter(which).count();
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
		List<RosterStudent> students = rosters.ofClasses(caller.scope().schoolId(), List.of(led));
		return count(List.copyOf(careOf(students).values()), CareState::gap);
	}

	/**
	 * What care knows of each of these students: flags, pair, next follow-up (one query
	 * for all).
	 */
	private Map<Long, CareState> careOf(List<RosterStudent> students) {
		Map<Long, CareState> care = new HashMap<>();
		if (students.isEmpty()) {
			return care;
		}
		jdbc.sql("""
				select s.id, (select array_agg(f.flag order by f.flag) from care.flag f where f.student_id = s.id),
				       p.staff_id, p.staff_name, u.due_on
				from unnest(cast(:ids as bigint[])) as s(id) left join care.pair p on p.student_id = s.id
				left join care.follow_up u on u.student_id = s.id""")
			.param("ids", students.stream().map(RosterStudent::id).distinct().toArray(Long[]::new))
			.query(rs -> {
				care.put(rs.getLong(1), new CareState(flags(rs, 2), (Long) rs.getObject(3), rs.getString(4),
						rs.getObject(5, LocalDate.class)));
			});
		return care;
	}

	/** A student's flags, pair and next follow-up, as the class lists count them. */
	private record CareState(List<RiskFlag> flags, Long pairStaffId, String pairName, LocalDate dueOn) {

		boolean atRisk() {
			return !flags.isEmpty();
		}

		boolean gap() {
			return atRisk() && pairStaffId == null;
		}

		boolean overdue(LocalDate today) {
			return dueOn != null && dueOn.isBefore(today);
		}

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
		String from = overdueOnly ? "care.follow_up u left join care.pair p on p.student_id = u.student_id"
				: "care.pair p left join care.follow_up u on u.student_id = p.student_id";
		record Care(long studentId, List<RiskFlag> flags, String pairName, LocalDate lastVisit, LocalDate dueOn) {
		}
		List<Care> care = jdbc
			.sql("""
					select %1$s.student_id,
					       (select array_agg(f.flag order by f.flag) from care.flag f where f.student_id = %1$s.student_id),
					       coalesce(p.staff_name, ''),
					       (select max(v.visit_date) from care.visit v where v.student_id = %1$s.student_id), u.due_on
					from %2$s where %3$s %4$s"""
				.formatted(overdueOnly ? "u" : "p", from, where, overdueOnly ? "and u.due_on < :today" : ""))
			.param("me", caller.personId())
			.param("s", caller.scope().schoolId())
			.param("today", today)
			.query((rs, n) -> new Care(rs.getLong(1), flags(rs, 2), rs.getString(3), rs.getObject(4, LocalDate.class),
					rs.getObject(5, LocalDate.class)))
			.list();
		Map<Long, RosterStudent> roster = rosters.students(care.stream().map(Care::studentId).toList());
		Map<Long, String> classNames = units
			.classes(roster.values().stream().map(RosterStudent::classId).distinct().toList());
		return care.stream().filter(c -> roster.containsKey(c.studentId())).map(c -> {
			RosterStudent s = roster.get(c.studentId());
			return new MyStudent(s.id(), s.name(), classNames.getOrDefault(s.classId(), ""), c.flags(), c.pairName(),
					c.lastVisit(), c.dueOn(), c.dueOn() != null && c.dueOn().isBefore(today));
		})
			.sorted(Comparator.comparing(MyStudent::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(MyStudent::name))
			.toList();
	}

	static List<RiskFlag> flags(ResultSet rs, int column) throws SQLException {
		Array array = rs.getArray(column);
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((String[]) array.getArray()).map(RiskFlag::valueOf).toList();
	}

}
