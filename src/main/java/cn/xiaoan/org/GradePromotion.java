package cn.xiaoan.org;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.xiaoan.shared.EntityChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rolls a school's grades over into a new school year. A grade row is a cohort: it keeps
 * its classes (so students, head teachers and homework keep pointing at the same class)
 * and takes the name of the grade above; the top grade graduates and is renamed after its
 * graduation year, so the names of the active grades stay unique.
 */
@Component
class GradePromotion {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	GradePromotion(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	private record Grade(long id, String name, int seq, List<Long> classIds) {
	}

	SchoolYearPlan plan(long schoolId, String schoolYear) {
		List<Grade> grades = activeGrades(schoolId);
		boolean done = jdbc
			.sql("select exists (select 1 from org.school_year_advance where school_id = :s and school_year = :y)")
			.param("s", schoolId)
			.param("y", schoolYear)
			.query(Boolean.class)
			.single();
		if (grades.isEmpty()) {
			return new SchoolYearPlan(schoolYear, List.of(), null, null, 0, done);
		}
		List<SchoolYearPlan.GradeStep> steps = new ArrayList<>();
		for (int i = 0; i < grades.size() - 1; i++) {
			Grade g = grades.get(i);
			steps.add(new SchoolYearPlan.GradeStep(g.id(), g.name(), grades.get(i + 1).name(), g.classIds()));
		}
		Grade top = grades.get(grades.size() - 1);
		String graduatedName = graduationYear(schoolYear) + "届";
		return new SchoolYearPlan(schoolYear, steps,
				new SchoolYearPlan.GradeStep(top.id(), top.name(), graduatedName, top.classIds()), grades.get(0).name(),
				grades.get(0).classIds().size(), done);
	}

	/**
	 * Applies the plan once per school and school year; empty if it was applied before.
	 * Grades are renamed from the top down, so no two active grades ever share a name.
	 */
	@Transactional
	Optional<SchoolYearAdvanced> advance(SchoolSummary school, String schoolYear, int newClasses, String by) {
		SchoolYearPlan plan = plan(school.id(), schoolYear);
		int claimed = jdbc.sql("""
				insert into org.school_year_advance (school_id, school_year, advanced_by, promoted_classes,
				       graduated_grade)
				values (:s, :y, :by, :n, :g) on conflict do nothing""")
			.param("s", school.id())
			.param("y", schoolYear)
			.param("by", by)
			.param("n", plan.promotedClasses())
			.param("g", plan.graduating() == null ? null : plan.graduating().gradeId())
			.update();
		if (claimed == 0 || plan.graduating() == null) {
			return Optional.empty();
		}
		List<Grade> grades = activeGrades(school.id());
		jdbc.sql("update org.grade set name = :n, graduated_year = :y where id = :id")
			.param("n", plan.graduating().to())
			.param("y", graduationYear(schoolYear))
			.param("id", plan.graduating().gradeId())
			.update();
		for (int i = grades.size() - 2; i >= 0; i--) {
			jdbc.sql("update org.grade set name = :n, seq = :q where id = :id")
				.param("n", grades.get(i + 1).name())
				.param("q", grades.get(i + 1).seq())
				.param("id", grades.get(i).id())
				.update();
		}
		long newGrade = jdbc.sql("""
				insert into org.grade (school_id, name, seq, entry_year) values (:s, :n, :q, :y) returning id""")
			.param("s", school.id())
			.param("n", grades.get(0).name())
			.param("q", grades.get(0).seq())
			.param("y", Integer.parseInt(schoolYear.substring(0, 4)))
			.query(Long.class)
			.single();
		List<Long> newClassIds = new ArrayList<>();
		for (int i = 1; i <= newClasses; i++) {
			newClassIds.add(jdbc
				.sql("insert into org.school_class (school_id, grade_id, name) values (:s, :g, :n) " + "returning id")
				.param("s", school.id())
				.param("g", newGrade)
				.param("n", i + "班")
				.query(Long.class)
				.single());
		}
		jdbc.sql("update org.school_year_advance set new_grade = :g where school_id = :s and school_year = :y")
			.param("g", newGrade)
			.param("s", school.id())
			.param("y", schoolYear)
			.update();
		events.publishEvent(EntityChanged.updated("school_year", school.id() + "@" + schoolYear, school.regionCode(),
				school.id(), Map.of("grades", names(grades)), Map.of("grades", names(activeGrades(school.id())),
						"graduated", plan.graduating().to(), "newClasses", newClasses)));
		SchoolYearAdvanced advanced = new SchoolYearAdvanced(school.id(), school.regionCode(), schoolYear,
				plan.steps().stream().flatMap(s -> s.classIds().stream()).toList(), plan.graduating().classIds(),
				newGrade, newClassIds);
		events.publishEvent(advanced);
		return Optional.of(advanced);
	}

	private static int graduationYear(String schoolYear) {
		// the top grade of 2026-2027 is the one that finished in summer 2026
		return Integer.parseInt(schoolYear.substring(0, 4));
	}

	private static Map<String, Object> names(List<Grade> grades) {
		Map<String, Object> names = new LinkedHashMap<>();
		grades.forEach(g -> names.put(String.valueOf(g.id()), g.name()));
		return names;
	}

	private List<Grade> activeGrades(long schoolId) {
		Map<Long, List<Long>> classes = new LinkedHashMap<>();
		jdbc.sql("""
				select g.id, c.id from org.grade g left join org.school_class c on c.grade_id = g.id
				where g.school_id = :s and g.graduated_year is null order by g.seq, c.name""")
			.param("s", schoolId)
			.query(rs -> {
				List<Long> ids = classes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
				long classId = rs.getLong(2);
				if (!rs.wasNull()) {
					ids.add(classId);
				}
			});
		return jdbc
			.sql("select id, name, seq from org.grade where school_id = :s and graduated_year is null order by seq")
			.param("s", schoolId)
			.query((rs, n) -> new Grade(rs.getLong(1), rs.getString(2), rs.getInt(3), classes.get(rs.getLong(1))))
			.list();
	}

}
