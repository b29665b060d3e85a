package cn.xiaoan.education.homework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.education.Homework;
import cn.xiaoan.org.ClassPlace;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.people.ClassRosters;
import cn.xiaoan.people.RosterStudent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far homework has got, read from education's own tables, with the names of its
 * classes and students asked of org ({@link SchoolStructure#classPlaces}) and people
 * ({@link ClassRosters#students}) in one query each for the whole page, however many
 * homework, classes or students it shows (ADR 0082). Callers have checked the scope.
 */
@Component
class HomeworkProgress {

	/** A homework without its classes. */
	record Head(long id, long schoolId, Long campaignId, String code, String lessonTitle, String title, LocalDate due,
			boolean parent, String by) {
	}

	static final String HEADS = """
			select h.id, h.school_id, h.campaign_id, l.code, l.title, h.title, h.due_on, h.requires_parent,
			       h.assigner_name
			from education.homework h join education.lesson l on l.id = h.lesson_id""";

	/**
	 * Classes by grade order and name (Java's {@code String} order, PostgreSQL's
	 * {@code C.UTF-8} one, as in ADR 0076), as {@code org.class_label} sorted them.
	 */
	static final Comparator<ClassPlace> BY_GRADE_AND_NAME = Comparator.comparingInt(ClassPlace::gradeSeq)
		.thenComparing(ClassPlace::name)
		.thenComparingLong(ClassPlace::id);

	/** Those who have not finished first, then by student number. */
	private static final Comparator<Homework.StudentProgress> BY_COMPLETION_AND_NUMBER = Comparator
		.comparing(Homework.StudentProgress::completed)
		.thenComparing(Homework.StudentProgress::studentNo, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparingLong(Homework.StudentProgress::studentId);

	private final JdbcClient jdbc;

	private final SchoolStructure structure;

	private final ClassRosters rosters;

	HomeworkProgress(JdbcClient jdbc, SchoolStructure structure, ClassRosters rosters) {
		this.jdbc = jdbc;
		this.structure = structure;
		this.rosters = rosters;
	}

	static Head head(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Head(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getObject(7, LocalDate.class), rs.getBoolean(8), rs.getString(9));
	}

	/**
	 * These homework, in the order given, each with the progress of its classes
	 * ({@code own} only when {@code limited}) by grade and class name. One query for all
	 * the classes' counts, one to org for their names; a class org no longer knows is
	 * left out, as the join to {@code org.class_label} left it out.
	 */
	List<Homework> withClasses(List<Head> heads, boolean limited, Long[] own) {
		if (heads.isEmpty()) {
			return List.of();
		}
		record Counts(long homeworkId, Homework.ClassProgress progress) {
		}
		List<Counts> counts = jdbc.sql("""
				select hc.homework_id, hc.class_id, count(a.student_id), count(a.studied_at), count(a.quiz_at),
				       count(*) filter (where a.passed), count(a.parent_at), count(a.completed_at)
				from education.homework_class hc
				left join education.assignment a on a.homework_id = hc.homework_id and a.class_id = hc.class_id
				where hc.homework_id = any(:ids) and (not :limited or hc.class_id = any(:own))
				group by hc.homework_id, hc.class_id""")
			.param("ids", heads.stream().map(Head::id).toArray(Long[]::new))
			.param("limited", limited)
			.param("own", own)
			.query((rs, n) -> new Counts(rs.getLong(1),
					new Homework.ClassProgress(rs.getLong(2), null, rs.getInt(3), rs.getInt(4), rs.getInt(5),
							rs.getInt(6), rs.getInt(7), rs.getInt(8))))
			.list();
		Map<Long, ClassPlace> places = structure
			.classPlaces(counts.stream().map(c -> c.progress().classId()).distinct().toList());
		Map<Long, List<Counts>> byHomework = new HashMap<>();
		counts.stream()
			.filter(c -> places.containsKey(c.progress().classId()))
			.forEach(c -> byHomework.computeIfAbsent(c.homeworkId(), h -> new ArrayList<>()).add(c));
		Comparator<Counts> order = Comparator.comparing(c -> places.get(c.progress().classId()), BY_GRADE_AND_NAME);
		return heads.stream().map(h -> {
			List<Homework.ClassProgress> classes = byHomework.getOrDefault(h.id(), List.of())
				.stream()
				.sorted(order)
				.map(c -> named(c.progress(), places.get(c.progress().classId()).name()))
				.toList();
			return new Homework(h.id(), h.schoolId(), h.campaignId(), h.code(), h.lessonTitle(), h.title(), h.due(),
					h.parent(), h.by(), classes);
		}).toList();
	}

	private static Homework.ClassProgress named(Homework.ClassProgress p, String name) {
		return new Homework.ClassProgress(p.classId(), name, p.assigned(), p.studied(), p.took(), p.passed(),
				p.parent(), p.completed());
	}

	/**
	 * Each student of one class of the homework with what they have done, those who have
	 * not finished first, then by student number; numbers and names from people in one
	 * query. A student no longer on the roll is left out, as the join to
	 * {@code people.class_roster} left them out.
	 */
	List<Homework.StudentProgress> students(long homeworkId, long classId) {
		record Done(long student, boolean studied, boolean quiz, Integer best, boolean passed, boolean parent,
				boolean completed, OffsetDateTime reminded) {
		}
		List<Done> done = jdbc.sql("""
				select a.student_id, a.studied_at is not null, a.quiz_at is not null, a.best_score, a.passed,
				       a.parent_at is not null, a.completed_at is not null, a.reminded_at
				from education.assignment a where a.homework_id = :h and a.class_id = :c""")
			.param("h", homeworkId)
			.param("c", classId)
			.query((rs, n) -> new Done(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3), (Integer) rs.getObject(4),
					rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7), rs.getObject(8, OffsetDateTime.class)))
			.list();
		Map<Long, RosterStudent> roster = rosters.students(done.stream().map(Done::student).toList());
		return done.stream().filter(d -> roster.containsKey(d.student())).map(d -> {
			RosterStudent s = roster.get(d.student());
			return new Homework.StudentProgress(d.student(), s.studentNo(), s.name(), d.studied(), d.quiz(), d.best(),
					d.passed(), d.parent(), d.completed(), d.reminded());
		}).sorted(BY_COMPLETION_AND_NUMBER).toList();
	}

}
