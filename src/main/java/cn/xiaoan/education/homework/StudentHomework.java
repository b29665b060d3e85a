package cn.xiaoan.education.homework;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.education.MyHomework;
import cn.xiaoan.people.ClassRosters;
import cn.xiaoan.people.PeopleManagement;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "我的作业": a student sees and does their homework (study the lesson, take the quiz); a
 * parent sees each child's homework and confirms the parent part. Nobody reaches another
 * student's homework. A parent's children and the students' names come from people's API
 * ({@link ClassRosters}: one query for all the caller's students, ADR 0082). Internal:
 * other modules and the pages go through {@code EducationManagement}.
 */
@Service
@Transactional(readOnly = true)
public class StudentHomework {

	private static final String SELECT = """
			select a.homework_id, a.student_id, h.title, l.code, l.title, h.due_on, a.needs_parent,
			       a.studied_at is not null, a.quiz_at is not null, a.best_score, a.passed, a.parent_at is not null,
			       a.completed_at is not null, a.attempts, c.closed, c.closed_at, c.close_reason
			from education.assignment a join education.homework h on h.id = a.homework_id
			join education.lesson l on l.id = h.lesson_id
			left join education.campaign c on c.id = h.campaign_id""";

	/**
	 * Open before completed, those of a campaign ended early last, then by due date,
	 * homework and student name (Java's {@code String} order, PostgreSQL's
	 * {@code C.UTF-8} one, as in ADR 0076).
	 */
	private static final Comparator<MyHomework> LISTED = Comparator
		.<MyHomework, Boolean>comparing(h -> h.closing() != null)
		.thenComparing(MyHomework::completed)
		.thenComparing(MyHomework::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparingLong(MyHomework::homeworkId)
		.thenComparing(MyHomework::studentName, Comparator.nullsLast(Comparator.naturalOrder()));

	private final JdbcClient jdbc;

	private final PeopleManagement people;

	private final ClassRosters rosters;

	private final org.springframework.context.ApplicationEventPublisher events;

	StudentHomework(JdbcClient jdbc, PeopleManagement people, ClassRosters rosters,
			org.springframework.context.ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.people = people;
		this.rosters = rosters;
		this.events = events;
	}

	/**
	 * The caller's homework (a student) or the children's (a parent), open ones first,
	 * those of a campaign ended early last; that of a withdrawn campaign is not listed
	 * (ADR 0070).
	 */
	public List<MyHomework> mine() {
		CurrentUser caller = Callers.current().require(Permission.SELF_SERVICE);
		List<Long> students = students(caller);
		Map<Long, String> names = names(students);
		// only students on the roll, as the join to people's roster listed them, in the
		// order that query had (its last key, the name, is people's)
		return jdbc.sql(SELECT + " where a.student_id = any(:students) and c.closed is distinct from 'WITHDRAWN'")
			.param("students", students.toArray(Long[]::new))
			.query((rs, n) -> row(rs, names))
			.list()
			.stream()
			.filter(h -> names.containsKey(h.studentId()))
			.sorted(LISTED)
			.toList();
	}

	/** The names of these students, by id, in one query to people. */
	private Map<Long, String> names(Collection<Long> students) {
		Map<Long, String> names = new HashMap<>();
		rosters.students(students).forEach((id, s) -> names.put(id, s.name()));
		return names;
	}

	/** One homework of the caller or of one of the caller's children. */
	public MyHomework one(long homeworkId, long studentId) {
		CurrentUser caller = Callers.current().require(Permission.SELF_SERVICE);
		if (!students(caller).contains(studentId)) {
			throw new AccessDenied("student " + studentId + " is not the caller nor a child of the caller");
		}
		return row(homeworkId, studentId);
	}

	/** The student has studied the lesson's student part. */
	@Transactional
	public MyHomework studied(long homeworkId) {
		CurrentUser caller = student();
		requireOpen(row(homeworkId, caller.personId()));
		int updated = jdbc.sql("""
				update education.assignment set studied_at = coalesce(studied_at, now())
				where homework_id = :h and student_id = :s""")
			.param("h", homeworkId)
			.param("s", caller.personId())
			.update();
		if (updated == 0) {
			throw new NotFound("homework", homeworkId);
		}
		return row(homeworkId, caller.personId());
	}

	/** A parent confirms having gone through the parent part (家长版) with the child. */
	@Transactional
	public MyHomework confirmParentPart(long homeworkId, long studentId) {
		CurrentUser caller = Callers.current().require(Permission.SELF_SERVICE);
		if (caller.role() != Role.PARENT || !students(caller).contains(studentId)) {
			throw new AccessDenied("only the student's own parent confirms the parent part");
		}
		MyHomework homework = row(homeworkId, studentId);
		requireOpen(homework);
		if (!homework.requiresParent()) {
			throw new BusinessRuleViolation("homeworkId", "homework.parent.not-required");
		}
		jdbc.sql("""
				update education.assignment set parent_at = coalesce(parent_at, now()),
				       parent_id = coalesce(parent_id, :p)
				where homework_id = :h and student_id = :s""")
			.param("h", homeworkId)
			.param("s", studentId)
			.param("p", caller.personId())
			.update();
		events.publishEvent(new cn.xiaoan.shared.EntityChanged("education.assignment", homeworkId + "@" + studentId,
				"PARENT_CONFIRM", null, null, java.util.Map.of(), java.util.Map.of("studentId", studentId)));
		return row(homeworkId, studentId);
	}

	/** Nothing more is taken once the campaign was withdrawn or ended early. */
	private static void requireOpen(MyHomework homework) {
		if (homework.closing() != null) {
			throw new BusinessRuleViolation("homeworkId",
					"homework.campaign.closed." + homework.closing().kind().name());
		}
	}

	private CurrentUser student() {
		CurrentUser caller = Callers.current().require(Permission.SELF_SERVICE);
		if (caller.role() != Role.STUDENT || caller.personId() == null) {
			throw new AccessDenied("only the student does their homework");
		}
		return caller;
	}

	/** The caller themself (a student) or the caller's children (a parent). */
	private List<Long> students(CurrentUser caller) {
		if (caller.personId() == null) {
			return List.of();
		}
		return switch (caller.role()) {
			case STUDENT -> List.of(caller.personId());
			case PARENT -> people.myStudents().stream().map(s -> s.student().id()).sorted().toList();
			default -> List.of();
		};
	}

	/** The homework of a student the caller has been checked to reach. */
	private MyHomework row(long homeworkId, long studentId) {
		Map<Long, String> names = names(List.of(studentId));
		if (!names.containsKey(studentId)) {
			// not on the roll: none of their homework is listed, as the join to the
			// roster
			throw new NotFound("homework", homeworkId);
		}
		return jdbc.sql(SELECT + " where a.homework_id = :h and a.student_id = :s")
			.param("h", homeworkId)
			.param("s", studentId)
			.query((rs, n) -> row(rs, names))
			.optional()
			.orElseThrow(() -> new NotFound("homework", homeworkId));
	}

	private static MyHomework row(java.sql.ResultSet rs, Map<Long, String> names) throws java.sql.SQLException {
		long student = rs.getLong(2);
		return new MyHomework(rs.getLong(1), student, names.get(student), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getObject(6, java.time.LocalDate.class), rs.getBoolean(7), rs.getBoolean(8),
				rs.getBoolean(9), (Integer) rs.getObject(10), rs.getBoolean(11), rs.getBoolean(12), rs.getBoolean(13),
				rs.getInt(14), cn.xiaoan.education.Campaign.Closing.of(rs.getString(15),
						rs.getObject(16, java.time.OffsetDateTime.class), rs.getString(17)));
	}

}
