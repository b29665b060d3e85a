package cn.xiaoan.education.homework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.xiaoan.education.AssignHomework;
import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.Homework;
import cn.xiaoan.education.HomeworkAssigned;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
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
 * progress (reminders: {@link HomeworkReminders}). Students come from the roster people
 * publishes ({@code people.class_roster}), class names from org's
 * {@code org.class_label}. Internal: other modules and the pages go through
 * {@code EducationManagement}.
 */
@Service
@Transactional(readOnly = true)
public class Homeworks {

	private final JdbcClient jdbc;

	private final Campaigns campaigns;

	private final SchoolScope scope;

	private final HomeworkReminders reminders;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	private final PolicyManagement policy;

	Homeworks(JdbcClient jdbc, Campaigns campaigns, SchoolScope scope, HomeworkReminders reminders,
			PolicyManagement policy, ApplicationEventPublisher events, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.scope = scope;
		this.reminders = reminders;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Homework assign(AssignHomework command) {
		CurrentUser caller = Callers.current().require(Permission.EDUCATION_ASSIGN);
		SchoolScope.School school = scope.school(caller, command.schoolId());
		Campaign campaign = command.campaignId() == null ? null : campaigns.campaign(command.campaignId());
		String lessonCode = campaign != null ? campaign.lessonCode() : command.lessonCode();
		LessonRef lessonRef = LessonRef.byCode(jdbc, lessonCode);
		Long lesson = lessonRef == null ? null : lessonRef.id();
		List<Long> classes = new ArrayList<>(scope.classes(caller, school.id(), command.classIds()));
		if (campaign != null && !classes.isEmpty()) {
			classes.removeAll(classesWithCampaign(campaign.id(), classes));
		}
		Map<String, String> problems = AssignmentRules.problems(command, campaign, lesson, LocalDate.now(clock),
				classes);
		if (campaign != null && !campaign.stages().isEmpty() && !classes.isEmpty()
				&& !classesOutsideStages(campaign, classes).isEmpty()) {
			// a campaign targeted by stage counts only those classes (issue 10)
			problems.putIfAbsent("classIds", "homework.classes.stage");
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleViolation(problems);
		}
		String title = !command.title().isEmpty() ? command.title()
				: campaign != null ? campaign.title() : lessonRef.title();
		boolean parent = campaign != null ? campaign.requiresParent() : command.requiresParent();
		Long campaignId = campaign == null ? null : campaign.id();
		long id = jdbc.sql("""
				insert into education.homework (school_id, region_code, campaign_id, lesson_id, title, due_on,
				                                requires_parent, assigned_by, assigner_name)
				values (:school, :region, :campaign, :lesson, :title, :due, :parent, :by, :name) returning id""")
			.param("school", school.id())
			.param("region", school.regionCode())
			.param("campaign", campaignId)
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
		List<Long> students = jdbc
			.sql("""
					insert into education.assignment (homework_id, student_id, class_id, school_id, region_code, campaign_id,
					                                  needs_parent)
					select :h, s.student_id, s.class_id, :school, :region, :campaign, :parent
					from people.class_roster s where s.class_id = any(:c) and s.school_id = :school
					returning student_id""")
			.param("h", id)
			.param("school", school.id())
			.param("region", school.regionCode())
			.param("campaign", campaignId)
			.param("parent", parent)
			.param("c", classArray)
			.query(Long.class)
			.list();
		events.publishEvent(new HomeworkAssigned(id, school.id(), school.regionCode(), campaignId, title,
				command.dueOn(), students));
		events.publishEvent(EntityChanged.created("education.homework", id, school.regionCode(), school.id(),
				Map.of("title", title, "lesson", lessonRef.title(), "dueOn", command.dueOn().toString(), "classes",
						classes.toString())));
		return homework(id);
	}

	/** The school's homework, newest first. */
	public List<Homework> homeworkOf(long schoolId) {
		CurrentUser caller = Callers.current().require(Permission.EDUCATION_STATS);
		scope.school(caller, schoolId);
		return jdbc.sql("""
				select h.id from education.homework h where h.school_id = :s
				  and (not :limited or exists (select 1 from education.homework_class hc
				       where hc.homework_id = h.id and hc.class_id = any(:own)))
				order by h.created_at desc, h.id desc limit 200""")
			.param("s", schoolId)
			.param("limited", SchoolScope.limited(caller))
			.param("own", own(caller))
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
		scope.school(caller, row.schoolId());
		Long[] own = own(caller);
		List<Homework.ClassProgress> classes = jdbc.sql("""
				select hc.class_id, c.name, count(a.student_id), count(a.studied_at), count(a.quiz_at),
				       count(*) filter (where a.passed), count(a.parent_at), count(a.completed_at)
				from education.homework_class hc join org.class_label c on c.class_id = hc.class_id
				left join education.assignment a on a.homework_id = hc.homework_id and a.class_id = hc.class_id
				where hc.homework_id = :id and (not :limited or hc.class_id = any(:own))
				group by hc.class_id, c.grade_seq, c.name order by c.grade_seq, c.name""")
			.param("id", id)
			.param("limited", SchoolScope.limited(caller))
			.param("own", own)
			.query((rs, n) -> new Homework.ClassProgress(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
					rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)))
			.list();
		if (SchoolScope.limited(caller) && classes.isEmpty()) {
			throw new AccessDenied("homework " + id + " is not assigned to a class the teacher teaches");
		}
		return new Homework(row.id(), row.schoolId(), row.campaignId(), row.code(), row.lessonTitle(), row.title(),
				row.due(), row.parent(), row.by(), classes);
	}

	/** Each student of one class of the homework with what they have done. */
	public List<Homework.StudentProgress> classProgress(long homeworkId, long classId) {
		requireClass(homework(homeworkId), classId);
		return jdbc
			.sql("""
					select s.student_id, s.student_no, s.name, a.studied_at is not null, a.quiz_at is not null, a.best_score,
					       a.passed, a.parent_at is not null, a.completed_at is not null, a.reminded_at
					from education.assignment a join people.class_roster s on s.student_id = a.student_id
					where a.homework_id = :h and a.class_id = :c
					order by a.completed_at is not null, s.student_no""")
			.param("h", homeworkId)
			.param("c", classId)
			.query((rs, n) -> new Homework.StudentProgress(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getBoolean(4), rs.getBoolean(5), (Integer) rs.getObject(6), rs.getBoolean(7), rs.getBoolean(8),
					rs.getBoolean(9), rs.getObject(10, java.time.OffsetDateTime.class)))
			.list();
	}

	/**
	 * Reminds every student of the class who has not finished, and their parents; a
	 * student reminded of it within {@link PolicySetting#REMINDER_MIN_INTERVAL_HOURS} is
	 * not reminded again, and a click that reminds nobody for that reason is refused with
	 * the time of the last reminder.
	 */
	@Transactional
	public int remind(long homeworkId, long classId) {
		CurrentUser caller = Callers.current().require(Permission.EDUCATION_ASSIGN);
		Homework homework = homework(homeworkId);
		requireClass(homework, classId);
		if (homework.campaignId() != null && !campaigns.campaign(homework.campaignId()).open()) {
			throw new BusinessRuleViolation("homeworkId", "campaign.closed.noReminder");
		}
		int hours = minHours(caller);
		return reminders.remind(homeworkId, classId, homework.title(), homework.dueOn(), hours).orRefused(clock, hours);
	}

	/**
	 * Reminds the students of a school ({@code S:<id>}) or class ({@code C:<id>}) unit
	 * who have not finished the campaign's homework; the caller has checked the unit's
	 * scope.
	 */
	@Transactional
	public int remindCampaign(long campaignId, String unit) {
		int hours = minHours(Callers.current());
		return reminders.remindCampaign(campaignId, unit, hours).orRefused(clock, hours);
	}

	private int minHours(CurrentUser caller) {
		return policy.effective(PolicySetting.REMINDER_MIN_INTERVAL_HOURS, caller.scope().homeRegion()).asInt();
	}

	/** The school's classes (grade and class name) a caller may assign homework to. */
	public List<Homework.ClassOption> assignableClasses(long schoolId) {
		CurrentUser caller = Callers.current().require(Permission.EDUCATION_ASSIGN);
		scope.school(caller, schoolId);
		return jdbc.sql("""
				select c.class_id, c.name, (select count(*) from people.class_roster s where s.class_id = c.class_id)
				from org.class_label c
				where c.school_id = :s and (not :limited or c.class_id = any(:own)) order by c.grade_seq, c.name""")
			.param("s", schoolId)
			.param("limited", SchoolScope.limited(caller))
			.param("own", own(caller))
			.query((rs, n) -> new Homework.ClassOption(rs.getLong(1), rs.getString(2), rs.getInt(3)))
			.list();
	}

	/** The teacher's classes as a SQL array (empty for callers who see the school). */
	private Long[] own(CurrentUser caller) {
		Long[] own = scope.ownClassArray(caller);
		return own == null ? new Long[0] : own;
	}

	private static void requireClass(Homework homework, long classId) {
		if (homework.classes().stream().noneMatch(c -> c.classId() == classId)) {
			throw new NotFound("homework class", classId);
		}
	}

	private List<Long> classesOutsideStages(Campaign campaign, List<Long> classes) {
		return jdbc.sql("select class_id from org.class_stage where class_id = any(:ids) and stage <> all(:stages)")
			.param("ids", classes.toArray(Long[]::new))
			.param("stages", campaign.stageNames())
			.query(Long.class)
			.list();
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
