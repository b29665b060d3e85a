package cn.xiaoan.org;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.Permission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inside of a school: grades (年级), classes (班级), departments and the standard posts.
 * Methods named "...Of" are for modules that have already checked the caller's scope of
 * the school; {@code classPlaces}, {@code classPlacesOf} and {@code stagesOf} are not
 * called from a controller ({@code UncheckedClassLookupsTests}).
 */
@Service
@Transactional(readOnly = true)
public class SchoolStructure {

	private static final String CLASSES = """
			select c.id, c.school_id, c.grade_id, g.name, c.name from org.school_class c
			join org.grade g on g.id = c.grade_id""";

	private static final String PLACES = """
			select c.id, c.school_id, s.region_code, g.seq, g.name || c.name from org.school_class c
			join org.grade g on g.id = c.grade_id join org.school s on s.id = c.school_id""";

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final ApplicationEventPublisher events;

	private final GradePromotion promotion;

	SchoolStructure(JdbcClient jdbc, OrgManagement org, ApplicationEventPublisher events, GradePromotion promotion) {
		this.jdbc = jdbc;
		this.org = org;
		this.events = events;
		this.promotion = promotion;
	}

	/**
	 * What rolling a school over into the school year would do, for a module that has
	 * checked the caller's scope and permission (people, which also graduates the
	 * students).
	 */
	public SchoolYearPlan schoolYearPlanOf(long schoolId, String schoolYear) {
		return promotion.plan(schoolId, schoolYear);
	}

	/**
	 * Rolls the school over into the school year, once: classes move up a grade, the top
	 * grade graduates, a first grade with {@code newClasses} classes (1班, 2班…) is added.
	 * Empty if the school had rolled over into this year before.
	 */
	@Transactional
	public Optional<SchoolYearAdvanced> advanceSchoolYearOf(long schoolId, String schoolYear, int newClasses,
			String by) {
		return promotion.advance(org.school(schoolId), schoolYear, newClasses, by);
	}

	/** Adds a grade (年级) to a school in the caller's scope; answers its id. */
	@Transactional
	public long addGrade(long schoolId, String name) {
		Callers.current().require(Permission.SCHOOL_EDIT);
		SchoolSummary school = org.school(schoolId);
		String grade = checkName("name", name, 20);
		if (gradesOf(schoolId).containsKey(grade)) {
			throw new BusinessRuleViolation("name", "grade.name.taken");
		}
		long id = jdbc.sql("""
				insert into org.grade (school_id, name, seq)
				values (:s, :n, (select coalesce(max(seq), 0) + 1 from org.grade where school_id = :s)) returning id""")
			.param("s", schoolId)
			.param("n", grade)
			.query(Long.class)
			.single();
		events.publishEvent(EntityChanged.created("grade", id, school.regionCode(), schoolId, Map.of("name", grade)));
		return id;
	}

	/** Adds a class (班级) to a grade of a school in the caller's scope; answers its id. */
	@Transactional
	public long addClass(long schoolId, long gradeId, String name) {
		Callers.current().require(Permission.SCHOOL_EDIT);
		SchoolSummary school = org.school(schoolId);
		String className = checkName("name", name, 30);
		if (!gradesOf(schoolId).containsValue(gradeId)) {
			throw new BusinessRuleViolation("gradeId", "grade.unknown");
		}
		if (classesOf(schoolId).stream().anyMatch(c -> c.gradeId() == gradeId && c.name().equals(className))) {
			throw new BusinessRuleViolation("name", "class.name.taken");
		}
		long id = jdbc.sql("insert into org.school_class (school_id, grade_id, name) values (:s, :g, :n) returning id")
			.param("s", schoolId)
			.param("g", gradeId)
			.param("n", className)
			.query(Long.class)
			.single();
		events.publishEvent(EntityChanged.created("class", id, school.regionCode(), schoolId,
				Map.of("gradeId", gradeId, "name", className)));
		return id;
	}

	/**
	 * Adds a class met in a student import to a grade of the school being imported. The
	 * import checked the caller's scope and the names when it started; it runs in a
	 * background job, where no caller is signed in.
	 */
	@Transactional
	public long addImportedClass(long schoolId, long gradeId, String name) {
		return jdbc.sql("insert into org.school_class (school_id, grade_id, name) values (:s, :g, :n) returning id")
			.param("s", schoolId)
			.param("g", gradeId)
			.param("n", name)
			.query(Long.class)
			.single();
	}

	private static String checkName(String field, String name, int max) {
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > max) {
			throw new BusinessRuleViolation(field, "name.invalid");
		}
		return trimmed;
	}

	public List<SchoolClass> classes(long schoolId) {
		org.school(schoolId);
		return classesOf(schoolId);
	}

	/**
	 * The classes at school now (graduated ones left out), without a scope check, for
	 * modules that already checked it.
	 */
	public List<SchoolClass> classesOf(long schoolId) {
		return jdbc.sql(CLASSES + " where c.school_id = :s and g.graduated_year is null order by g.seq, c.name")
			.param("s", schoolId)
			.query(SchoolStructure::schoolClassRow)
			.list();
	}

	/**
	 * Every class of a school, graduated ones too, by grade and name, without a scope
	 * check, for modules that already checked it.
	 */
	public List<SchoolClass> allClassesOf(long schoolId) {
		return jdbc.sql(CLASSES + " where c.school_id = :s order by g.seq, c.name")
			.param("s", schoolId)
			.query(SchoolStructure::schoolClassRow)
			.list();
	}

	/**
	 * Grade ids by grade name for a school whose scope the caller's module has checked.
	 */
	public Map<String, Long> gradesOf(long schoolId) {
		Map<String, Long> grades = new LinkedHashMap<>();
		jdbc.sql("select name, id from org.grade where school_id = :s and graduated_year is null order by seq")
			.param("s", schoolId)
			.query(rs -> {
				grades.put(rs.getString(1), rs.getLong(2));
			});
		return grades;
	}

	public Optional<SchoolClass> schoolClass(long classId) {
		return jdbc.sql(CLASSES + " where c.id = :id")
			.param("id", classId)
			.query(SchoolStructure::schoolClassRow)
			.optional();
	}

	/**
	 * These classes (graduated ones too) with their school, region, grade order and name,
	 * by id, without a scope check, for modules that check the school themselves; one
	 * query however many ids (an unknown id is left out).
	 */
	public Map<Long, ClassPlace> classPlaces(Collection<Long> classIds) {
		Map<Long, ClassPlace> places = new HashMap<>();
		if (!classIds.isEmpty()) {
			jdbc.sql(PLACES + " where c.id = any(:ids)")
				.param("ids", classIds.stream().distinct().toArray(Long[]::new))
				.query(SchoolStructure::classPlaceRow)
				.list()
				.forEach(c -> places.put(c.id(), c));
		}
		return places;
	}

	/**
	 * Every class of a school (graduated ones too) with its grade order and name, without
	 * a scope check: for a module's page of one school whose scope it checked
	 * (education's assign form). One query; the caller sorts.
	 */
	public List<ClassPlace> classPlacesOf(long schoolId) {
		return jdbc.sql(PLACES + " where c.school_id = :s")
			.param("s", schoolId)
			.query(SchoolStructure::classPlaceRow)
			.list();
	}

	/**
	 * The school stage (学段: {@code PRIMARY}, {@code JUNIOR}…, as {@code org.class_stage}
	 * gives it) of these classes, by id; a graduated or unknown class is left out.
	 * Without a scope check, for a module checking classes it has already scoped (a
	 * campaign targeted by stage). One query however many ids.
	 */
	public Map<Long, String> stagesOf(Collection<Long> classIds) {
		Map<Long, String> stages = new HashMap<>();
		if (!classIds.isEmpty()) {
			jdbc.sql("select class_id, stage from org.class_stage where class_id = any(:ids)")
				.param("ids", classIds.stream().distinct().toArray(Long[]::new))
				.query(rs -> {
					stages.put(rs.getLong(1), rs.getString(2));
				});
		}
		return stages;
	}

	/**
	 * Every class (graduated ones too) of the schools whose region code starts with
	 * {@code regionPrefix}, by id, without a scope check: for set-based loading (demo
	 * data's homework for a whole region). One query.
	 */
	public List<ClassPlace> classPlacesWithin(String regionPrefix) {
		return jdbc.sql(PLACES + " where s.region_code like :p || '%' order by c.id")
			.param("p", regionPrefix)
			.query(SchoolStructure::classPlaceRow)
			.list();
	}

	/**
	 * The schools whose region code starts with {@code regionPrefix} and that have a
	 * class at school (graduated grades left out) of one of these stages (学段, as
	 * {@code org.class_stage} names them: {@code PRIMARY}, {@code JUNIOR}…), by id;
	 * without a scope check, for modules that checked the region (the schools a campaign
	 * reaches). One query.
	 */
	public List<Long> schoolsWithStages(String regionPrefix, Collection<String> stages) {
		if (stages.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select distinct school_id from org.class_stage
				where region_code like :prefix || '%' and stage = any(:stages) order by school_id""")
			.param("prefix", regionPrefix)
			.param("stages", stages.stream().distinct().toArray(String[]::new))
			.query(Long.class)
			.list();
	}

	public List<Post> posts() {
		return jdbc.sql("select code, name_zh, name_en, teaching from org.post order by seq")
			.query((rs, n) -> new Post(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
			.list();
	}

	public Map<Long, String> departments(long schoolId) {
		Map<Long, String> result = new LinkedHashMap<>();
		jdbc.sql("select id, name from org.department where school_id = :s order by name")
			.param("s", schoolId)
			.query(rs -> {
				result.put(rs.getLong(1), rs.getString(2));
			});
		return result;
	}

	private static ClassPlace classPlaceRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ClassPlace(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5));
	}

	private static SchoolClass schoolClassRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new SchoolClass(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5));
	}

}
