package cn.xiaoan.education.rates;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.xiaoan.education.Rates;
import cn.xiaoan.org.ClassPlace;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.people.ClassRosters;
import cn.xiaoan.people.RosterStudent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The students of a school or class who have not finished a campaign, by grade, class
 * name and student number, 500 at most. The open assignments come from education's own
 * table; the classes (grade order, name) from org's API and the students (number, name)
 * from people's, one query each: only the students of the classes that reach into the
 * first 500 are asked for, so a school of thousands costs a page of names.
 */
@Component
class NonCompleters {

	static final int SHOWN = 500;

	private static final Comparator<ClassPlace> BY_CLASS = Comparator.comparingInt(ClassPlace::gradeSeq)
		.thenComparing(ClassPlace::name);

	private final JdbcClient jdbc;

	private final SchoolStructure structure;

	private final ClassRosters rosters;

	NonCompleters(JdbcClient jdbc, SchoolStructure structure, ClassRosters rosters) {
		this.jdbc = jdbc;
		this.structure = structure;
		this.rosters = rosters;
	}

	private record Open(long studentId, long classId, long homeworkId, boolean studied, boolean quizTaken,
			boolean parentDone, OffsetDateTime remindedAt) {
	}

	/**
	 * The unit is {@code S:<school id>} or {@code C:<class id>}, checked by the caller.
	 */
	List<Rates.NonCompleter> of(long campaignId, String unit) {
		List<Open> open = jdbc.sql("""
				select a.student_id, a.class_id, a.homework_id, a.studied_at is not null, a.quiz_at is not null,
				       a.parent_at is not null or not a.needs_parent, a.reminded_at
				from education.assignment a
				where a.campaign_id = :c and a.completed_at is null and (a.school_id = :s or a.class_id = :cl)""")
			.param("c", campaignId)
			.param("s", unit.startsWith("S:") ? Long.parseLong(unit.substring(2)) : -1L)
			.param("cl", unit.startsWith("C:") ? Long.parseLong(unit.substring(2)) : -1L)
			.query((rs, n) -> new Open(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4), rs.getBoolean(5),
					rs.getBoolean(6), rs.getObject(7, OffsetDateTime.class)))
			.list();
		Map<Long, ClassPlace> classes = structure.classPlaces(open.stream().map(Open::classId).toList());
		// classes of the same grade and name sort as one, as the SQL order did
		TreeMap<ClassPlace, List<Open>> byClass = new TreeMap<>(BY_CLASS);
		open.stream()
			.filter(o -> classes.containsKey(o.classId()))
			.forEach(o -> byClass.computeIfAbsent(classes.get(o.classId()), c -> new ArrayList<>()).add(o));
		List<Rates.NonCompleter> rows = new ArrayList<>();
		while (rows.size() < SHOWN && !byClass.isEmpty()) {
			// the next classes until they hold enough rows; more only if a student has
			// left
			// the roll
			List<Open> batch = new ArrayList<>();
			while (rows.size() + batch.size() < SHOWN && !byClass.isEmpty()) {
				batch.addAll(byClass.pollFirstEntry().getValue());
			}
			Map<Long, RosterStudent> students = rosters.students(batch.stream().map(Open::studentId).toList());
			batch.stream()
				.filter(o -> students.containsKey(o.studentId()))
				.sorted(Comparator.comparing((Open o) -> classes.get(o.classId()), BY_CLASS)
					.thenComparing(o -> students.get(o.studentId()).studentNo(),
							Comparator.nullsLast(Comparator.<String>naturalOrder()))
					.thenComparingLong(Open::homeworkId))
				.map(o -> nonCompleter(o, classes.get(o.classId()), students.get(o.studentId())))
				.forEach(rows::add);
		}
		return rows.size() > SHOWN ? List.copyOf(rows.subList(0, SHOWN)) : rows;
	}

	private static Rates.NonCompleter nonCompleter(Open o, ClassPlace c, RosterStudent s) {
		return new Rates.NonCompleter(o.studentId(), s.studentNo(), s.name(), c.name(), o.homeworkId(), o.studied(),
				o.quizTaken(), o.parentDone(), o.remindedAt());
	}

}
