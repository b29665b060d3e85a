package cn.xiaoan.people;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolClass;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.BusinessRuleViolation;
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
 * The classes a teacher teaches (任教班级): kept by the school's administrators on the staff
 * page, in the staff import and through the API, and read by education, which limits a
 * subject teacher to them (and a head teacher to them and the class they lead).
 */
@Service
@Transactional(readOnly = true)
public class TeachingClasses {

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final SchoolStructure structure;

	private final ApplicationEventPublisher events;

	TeachingClasses(JdbcClient jdbc, OrgManagement org, SchoolStructure structure, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.org = org;
		this.structure = structure;
		this.events = events;
	}

	/** A staff member with the classes of their school, marked when they teach them. */
	public record Assignment(long staffId, String staffName, long schoolId, List<SchoolClass> schoolClasses,
			Set<Long> classIds) {
	}

	/**
	 * The classes the signed-in teacher teaches, and the class they lead if any; empty
	 * for a caller without a staff record.
	 */
	public Set<Long> ownClasses() {
		CurrentUser caller = Callers.current();
		if (caller.personId() == null || !caller.atOneSchool()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("""
				select t.class_id from people.teaching_class t join people.staff s on s.id = t.staff_id
				where s.id = :id and t.school_id = s.school_id
				union select s.head_class_id from people.staff s where s.id = :id and s.head_class_id is not null""")
			.param("id", caller.personId())
			.query(Long.class)
			.list());
	}

	/** What a staff member of a school in the caller's scope teaches. */
	public Assignment of(long staffId) {
		Callers.current().require(Permission.PEOPLE_READ);
		Staff staff = staff(staffId);
		return new Assignment(staffId, staff.name(), staff.school().id(), structure.classesOf(staff.school().id()),
				taught(staff));
	}

	/**
	 * Replaces the classes a staff member teaches; every class must be of their school.
	 */
	@Transactional
	public Assignment assign(long staffId, Collection<Long> classIds) {
		Callers.current().require(Permission.PEOPLE_EDIT);
		Staff staff = staff(staffId);
		Set<Long> wanted = new LinkedHashSet<>(classIds);
		Set<Long> ofSchool = new LinkedHashSet<>(
				structure.classesOf(staff.school().id()).stream().map(SchoolClass::id).toList());
		if (!ofSchool.containsAll(wanted)) {
			throw new BusinessRuleViolation("classIds", "staff.teaching.class.unknown");
		}
		Set<Long> before = taught(staff);
		jdbc.sql("delete from people.teaching_class where staff_id = :id").param("id", staffId).update();
		jdbc.sql("""
				insert into people.teaching_class (staff_id, class_id, school_id, region_code)
				select :id, unnest(:c), :s, :r""")
			.param("id", staffId)
			.param("c", wanted.toArray(Long[]::new))
			.param("s", staff.school().id())
			.param("r", staff.school().regionCode())
			.update();
		events.publishEvent(EntityChanged.updated("people.teaching_class", staffId, staff.school().regionCode(),
				staff.school().id(), Map.of("classes", before.toString()), Map.of("classes", wanted.toString())));
		return of(staffId);
	}

	/**
	 * The staff import names classes as on the class list ("一年级1班"); answers the ids, or
	 * null when a name is not a class of the school.
	 */
	Set<Long> classesNamed(long schoolId, Collection<String> names) {
		Map<String, Long> byName = new java.util.HashMap<>();
		structure.classesOf(schoolId).forEach(c -> byName.put(c.fullName(), c.id()));
		Set<Long> ids = new LinkedHashSet<>();
		for (String name : names) {
			Long id = byName.get(name.replace(" ", ""));
			if (id == null) {
				return null;
			}
			ids.add(id);
		}
		return ids;
	}

	/**
	 * Sets an imported staff member's classes (the import has checked the school): the
	 * newest staff member of the school with the row's name and employee number.
	 */
	void importClasses(NewStaff row, String regionCode, Set<Long> classIds) {
		jdbc.sql("""
				insert into people.teaching_class (staff_id, class_id, school_id, region_code)
				select (select id from people.staff where school_id = :s and name = :n and employee_no = :e
				        order by id desc limit 1), unnest(:c), :s, :r
				on conflict do nothing""")
			.param("n", row.name())
			.param("e", row.employeeNo() == null ? "" : row.employeeNo())
			.param("c", classIds.toArray(Long[]::new))
			.param("s", row.schoolId())
			.param("r", regionCode)
			.update();
	}

	private record Staff(long id, String name, SchoolSummary school) {
	}

	/** The staff member, if their school is in the caller's scope (404 otherwise). */
	private Staff staff(long staffId) {
		record Row(String name, long schoolId) {
		}
		Row row = jdbc.sql("select name, school_id from people.staff where id = :id")
			.param("id", staffId)
			.query((rs, n) -> new Row(rs.getString(1), rs.getLong(2)))
			.optional()
			.orElseThrow(() -> new NotFound("staff", staffId));
		CurrentUser caller = Callers.current();
		SchoolSummary school = org.findSchool(row.schoolId())
			.filter(s -> caller.scope().coversSchool(s.id(), s.regionCode()))
			.orElseThrow(() -> new NotFound("staff", staffId));
		return new Staff(staffId, row.name(), school);
	}

	private Set<Long> taught(Staff staff) {
		return new LinkedHashSet<>(jdbc
			.sql("select class_id from people.teaching_class where staff_id = :id and school_id = :s order by class_id")
			.param("id", staff.id())
			.param("s", staff.school().id())
			.query(Long.class)
			.list());
	}

}
