package cn.xiaoan.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which students a class has, and how many, for modules that work with the students of a
 * class and have checked the caller's scope of the school themselves (care pairs staff
 * with students, education assigns homework to them). No controller uses it
 * ({@code ClassRostersUseTests}). Every student on the roll is listed, graduated and
 * departed ones too; one query per call, however many students are asked for.
 */
@Service
@Transactional(readOnly = true)
public class ClassRosters {

	private static final String SELECT = "select id, class_id, school_id, region_code, student_no, name from people.student";

	private final JdbcClient jdbc;

	ClassRosters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<RosterStudent> student(long studentId) {
		return jdbc.sql(SELECT + " where id = :id").param("id", studentId).query(ClassRosters::map).optional();
	}

	/**
	 * The class of the signed-in student, or of a parent's first child (by student id);
	 * empty for every other role. A caller's own data, so no scope check is needed.
	 */
	public Optional<Long> classOfCaller() {
		CurrentUser caller = Callers.current();
		if (caller.personId() == null) {
			return Optional.empty();
		}
		return switch (caller.role()) {
			case STUDENT -> jdbc.sql("select class_id from people.student where id = :s")
				.param("s", caller.personId())
				.query(Long.class)
				.optional();
			case PARENT -> jdbc.sql("""
					select s.class_id from people.student_guardian l join people.student s on s.id = l.student_id
					where l.guardian_id = :g order by s.id limit 1""")
				.param("g", caller.personId())
				.query(Long.class)
				.optional();
			default -> Optional.empty();
		};
	}

	/** The students with these ids, by id (an unknown id is left out). */
	public Map<Long, RosterStudent> students(Collection<Long> studentIds) {
		Map<Long, RosterStudent> students = new HashMap<>();
		if (!studentIds.isEmpty()) {
			jdbc.sql(SELECT + " where id = any(:ids)")
				.param("ids", studentIds.stream().distinct().toArray(Long[]::new))
				.query(ClassRosters::map)
				.list()
				.forEach(s -> students.put(s.id(), s));
		}
		return students;
	}

	/** The students of these classes of a school, by class and student number. */
	public List<RosterStudent> ofClasses(long schoolId, Collection<Long> classIds) {
		if (classIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where school_id = :s and class_id = any(:c) order by class_id, student_no")
			.param("s", schoolId)
			.param("c", classIds.stream().distinct().toArray(Long[]::new))
			.query(ClassRosters::map)
			.list();
	}

	/**
	 * How many students each of these classes has on its roll (every student
	 * {@code people.class_roster} lists, graduated and departed ones too), by class; a
	 * class without students is left out. From the kept class sizes, one query.
	 */
	public Map<Long, Integer> rolls(Collection<Long> classIds) {
		Map<Long, Integer> rolls = new HashMap<>();
		if (!classIds.isEmpty()) {
			jdbc.sql("""
					select class_id, sum(students)::int from people.class_size where class_id = any(:c)
					group by class_id having sum(students) > 0""")
				.param("c", classIds.stream().distinct().toArray(Long[]::new))
				.query(rs -> {
					rolls.put(rs.getLong(1), rs.getInt(2));
				});
		}
		return rolls;
	}

	private static RosterStudent map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new RosterStudent(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
				rs.getString(6));
	}

}
