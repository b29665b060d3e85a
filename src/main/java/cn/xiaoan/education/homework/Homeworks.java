package cn.xiaoan.education;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.AccessDenied;
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
 * Homework (安全作业) of a school: principals, safety officers and teachers assign a campaign
 * or a lesson to classes with a deadline (a head teacher to their own class); one
 * assignment row per student is created at once, and the school follows each class's
 * progress.
 */
@Service
@Transactional(readOnly = true)
public class HomeworkManagement {

	private final JdbcClient jdbc;

	private final CampaignManagement campaigns;

	private final HomeworkNotices notices;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	private final Places places;

	HomeworkManagement(JdbcClient jdbc, CampaignManagement campaigns, HomeworkNotices notices,
			ApplicationEventPublisher events, java.time.Clock clock, Places places) {
		this.jdbc = jdbc;
		this.places = places;
		this.campaigns = campaigns;
		this.notices = notices;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Homework assign(AssignHomework command) {
		CurrentUser caller = Callers.current().require(Permission.EDUCATION_ASSIGN);
		SchoolRef school = school(caller, command.schoolId());
		Map<String, String> problems = new LinkedHashMap<>();
		Campaign campaign = command.campaignId() == null ? null : campaigns.campaign(command.campaignId());
		String lessonCode = campaign != null ? campaign.lessonCode() : command.lessonCode();
		Long lesson = lessonCode == null ? null
				: jdbc.sql("select id from education.lesson where code = :c")
					.param("c", lessonCode)
					.query(Long.class)
					.optional()
					.orElse(null);
		if (lesson == null) {
			problems.put("lessonCode", "homework.lesson.required");
		}
		LocalDate today = LocalDate.now(clock);
		if (command.dueOn() == null) {
			problems.put("dueOn", "homework.due.required");
		}
		else if (command.dueOn().isBefore(today)) {
			problems.put("dueOn", "homework.due.past");
		}
		else if (campaign != null && command.dueOn().isAfter(campaign.endsOn())) {
			problems.put("dueOn", "homework.due.after-campaign");
		}
		if (campaign != null && campaign.endsOn().isBefore(today)) {
			problems.put("campaignId", "homework.campaign.ended");
		}
		List<Long> classes = classes(caller, school.id(), command.classIds());
		if (command.classIds().isEmpty()) {
			problems.put("classIds", "homework.classes.required");
		}
		else if (campaign != null) {
			classes = new ArrayList<>(classes);
			classes.removeAll(classesWithCampaign(campaign.id(), classes));
			if (classes.isEmpty()) {
				problems.put("classIds", "homework.classes.already");
			}
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleViolation(problems);
		}
		String title = !command.title().isEmpty() ? command.title()
				: campaign != null ? campaign.title()
						: jdbc.sql("select title from education.lesson where id = :l")
							.param("l", lesson)
							.query(String.class)
							.single();
		boolean parent = campaign != null ? campaign.requiresParent() : command.requiresParent();
		long id = jdbc.sql("""
				insert into education.homework (school_id, region_code, campaign_id, lesson_id, title, due_on,
				                                requires_parent, assigned_by, assigner_name)
				values (:school, :region, :campaign, :lesson, :title, :due, :parent, :by, :name) returning id""")
			.param("school", school.id())
			.param("region", school.regionCode())
			.param("campaign", campaign == null ? null : campaign.id())
			.param("lesson", lesson)
			.param("title", title)
			.param("due", command.dueOn())
			.param("parent", parent)
			.param("by", caller.accountId())
			.param("name", caller.displayName())
			.query(Long.class)
			.single();
		Long[] classArray = classes.toArray(Long[]::new);
		jdbc.sql("insert into education.homework_class (homework_id, class_id) select :h, unnest(:c)")
			.param("h", id)
			.param("c", classArray)
			.update();
		jdbc.sql(
				"""
						insert into education.assignment (homework_id, student_id, class_id, school_id, region_code, campaign_id,
						                                  needs_parent)
						select :h, s.id, s.class_id, :school, :region, :campaign, :parent
						from people.student s where s.class_id = any(:c) and s.school_id = :school""")
			.param("h", id)
			.param("school", school.id())
			.param("region", school.regionCode())
			.param("campaign", campaign == null ? null : campaign.id())
			.param("parent", parent)
			.param("c", classArray)
			.update();
		notices.assigned(id, title, command.dueOn());
		events.publishEvent(
				EntityChanged.created("education.homework", id, school.regionCode(), school.id(), Map.of("title", title,
						"lesson", lessonCode, "dueOn", command.dueOn().toString(), "classes", classes.toString())));
		return homework(id);
	}

	/** The school's homework, newest first. */
	public List<Homework> homeworkOf(long schoolId) {
		CurrentUser caller = Callers.current().require(Permission.EDUCATION_STATS);
		school(caller, schoolId);
		Long own = places.headClass(caller);
		return jdbc.sql("""
				select h.id from education.homework h where h.school_id = :s
				  and (cast(:own as bigint) is null or exists (select 1 from education.homework_class hc
				       where hc.homework_id = h.id and hc.class_id = :own))
				order by h.created_at desc, h.id desc limit 200""")
			.param("s", schoolId)
			.param("own", own)
			.query(Long.class)
			.list()
			.stream()
			.map(this::homework)
			.toList();
	}

	/** One homework with each class's progress (a head teacher sees only their class). */
	public Homework homework(long id) {
		CurrentUser caller = Callers.current().require(Permission.EDUCATION_STATS);
		record Row(long id, long schoolId, Long campaignId, String code, String lessonTitle, String title,
				LocalDate due, boolean parent, String by) {
		}
		Row row = jdbc.sql("""
				select h.id, h.school_id, h.campaign_id, l.code, l.title, h.title, h.due_on, h.requires_parent,
				       h.assigner_name
				from education.homework h join education.lesson l on l.id = h.lesson_id where h.id = :id""")
			.param("id", id)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getBoolean(8),
					rs.getString(9)))
			.optional()
			.orElseThrow(() -> new NotFound("homework", id));
		school(caller, row.schoolId());
		Long own = places.headClass(caller);
		List<Homework.ClassProgress> classes = jdbc.sql("""
				select hc.class_id, g.name || c.name, count(a.student_id), count(a.studied_at), count(a.quiz_at),
				       count(*) filter (where a.passed), count(a.parent_at), count(a.completed_at)
				from education.homework_class hc
				join org.school_class c on c.id = hc.class_id join org.grade g on g.id = c.grade_id
				left join education.assignment a on a.homework_id = hc.homework_id and a.class_id = hc.class_id
				where hc.homework_id = :id and (cast(:own as bigint) is null or hc.class_id = :own)
				group by hc.class_id, g.seq, g.name, c.name order by g.seq, c.name""")
			.param("id", id)
			.param("own", own)
			.query((rs, n) -> new Homework.ClassProgress(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
					rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)))
			.list();
		if (own != null && classes.isEmpty()) {
			throw new AccessDenied("homework " + id + " is not assigned to the head teacher's class");
		}
		return new Homework(row.id(), row.schoolId(), row.campaignId(), row.code(), row.lessonTitle(), row.title(),
				row.due(), row.parent(), row.by(), classes);
	}

	/** Each student of one class of the homework with what they have done. */
	public List<StudentProgress> classProgress(long homeworkId, long classId) {
		Homework homework = homework(homeworkId);
		if (homework.classes().stream().noneMatch(c -> c.classId() == classId)) {
			throw new NotFound("homework class", classId);
		}
		return jdbc.sql("""
				select s.id, s.student_no, s.name, a.studied_at is not null, a.quiz_at is not null, a.best_score,
				       a.passed, a.parent_at is not null, a.completed_at is not null, a.reminded_at
				from education.assignment a join people.student s on s.id = a.student_id
				where a.homework_id = :h and a.class_id = :c
				order by a.completed_at is not null, s.student_no""")
			.param("h", homeworkId)
			.param("c", classId)
			.query((rs, n) -> new StudentProgress(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					rs.getBoolean(5), (Integer) rs.getObject(6), rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9),
					rs.getObject(10, java.time.OffsetDateTime.class)))
			.list();
	}

	/** Reminds every student of the class who has not finished, and their parents. */
	@Transactional
	public int remind(long homeworkId, long classId) {
		Callers.current().require(Permission.EDUCATION_ASSIGN);
		Homework homework = homework(homeworkId);
		if (homework.classes().stream().noneMatch(c -> c.classId() == classId)) {
			throw new NotFound("homework class", classId);
		}
		return notices.remind(homeworkId, classId, homework.title(), homework.dueOn());
	}

	/** The school's classes (grade and class name) a caller may assign homework to. */
	public List<ClassOption> assignableClasses(long schoolId) {
		CurrentUser caller = Callers.current().require(Permission.EDUCATION_ASSIGN);
		school(caller, schoolId);
		Long own = places.headClass(caller);
		return jdbc.sql("""
				select c.id, g.name, c.name, (select count(*) from people.student s where s.class_id = c.id)
				from org.school_class c join org.grade g on g.id = c.grade_id
				where c.school_id = :s and (cast(:own as bigint) is null or c.id = :own) order by g.seq, c.name""")
			.param("s", schoolId)
			.param("own", own)
			.query((rs, n) -> new ClassOption(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list();
	}

	public record ClassOption(long id, String grade, String name, int students) {

	}

	record SchoolRef(long id, String regionCode) {
	}

	private SchoolRef school(CurrentUser caller, long schoolId) {
		SchoolRef school = jdbc.sql("select id, region_code from org.school where id = :id")
			.param("id", schoolId)
			.query((rs, n) -> new SchoolRef(rs.getLong(1), rs.getString(2)))
			.optional()
			.orElseThrow(() -> new NotFound("school", schoolId));
		caller.requireSchool(school.id(), school.regionCode());
		return school;
	}

	/** The requested classes, all of the school (another school's class is refused). */
	private List<Long> classes(CurrentUser caller, long schoolId, List<Long> requested) {
		List<Long> own = jdbc.sql("select id from org.school_class where school_id = :s and id = any(:ids)")
			.param("s", schoolId)
			.param("ids", requested.toArray(Long[]::new))
			.query(Long.class)
			.list();
		if (own.size() != requested.stream().distinct().count()) {
			throw new AccessDenied("a class is not of school " + schoolId);
		}
		Long head = places.headClass(caller);
		if (head != null && own.stream().anyMatch(c -> !c.equals(head))) {
			throw new AccessDenied("a head teacher assigns homework to their own class only");
		}
		return own;
	}

	private List<Long> classesWithCampaign(long campaignId, List<Long> classes) {
		return jdbc.sql("""
				select hc.class_id from education.homework_class hc join education.homework h on h.id = hc.homework_id
				where h.campaign_id = :c and hc.class_id = any(:ids)""")
			.param("c", campaignId)
			.param("ids", classes.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

}
