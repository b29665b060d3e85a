package cn.xiaoan.education.homework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.education.AssignHomework;
import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.Homework;
import cn.xiaoan.education.HomeworkAssigned;
import cn.xiaoan.org.ClassPlace;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.people.ClassRosters;
import cn.xiaoan.people.RosterStudent;
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
 * progress (reminders: {@link HomeworkReminders}). Students and their rolls come from
 * people's {@link ClassRosters}, classes, their names and stages from org's
 * {@link SchoolStructure}, one query each per request however many classes (ADR 0082).
 * Internal: other modules and the pages go through {@code EducationManagement}.
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

	private final HomeworkProgress progress;

	private final SchoolStructure structure;

	private final ClassRosters rosters;

	Homeworks(JdbcClient jdbc, Campaigns campaigns, SchoolScope scope, HomeworkReminders reminders,
			PolicyManagement policy, ApplicationEventPublisher events, java.time.Clock clock, HomeworkProgress progress,
			SchoolStructure structure, ClassRosters rosters) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.scope = scope;
		this.reminders = reminders;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
		this.progress = progress;
		this.structure = structure;
		this.rosters = rosters;
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
		// one row per student on the classes' roll (graduated and departed ones too, as
		// people.class_roster listed them), asked of people in one query
		List<RosterStudent> roll = rosters.ofClasses(school.id(), classes);
		List<Long> students = jdbc
			.sql("""
					insert into education.assignment (homework_id, student_id, class_id, school_id, region_code, campaign_id,
					                                  needs_parent)
					select :h, u.student_id, u.class_id, :school, :region, :campaign, :parent
					from unnest(cast(:students as bigint[]), cast(:classes as bigint[])) u(student_id, class_id)
					returning student_id""")
			.param("h", id)
			.param("school", school.id())
			.param("region", school.regionCode())
			.param("campaign", campaignId)
			.param("parent", parent)
			.param("students", roll.stream().map(RosterStudent::id).toArray(Long[]::new))
			.param("classes", roll.stream().map(RosterStudent::classId).toArray(Long[]::new))
			.query(Long.class)
			.list();
		events.publishEvent(new HomeworkAssigned(id, school.id(), school.regionCode(), campaignId, title,
				command.dueOn(), students));
		events.publishEvent(EntityChanged.created("education.homework", id, school.regionCode(), school.id(),
				Map.of("title", title, "lesson", lessonRef.title(), "dueOn", command.dueOn().toString(), "classes",
						classes.toString())));
		return homework(id);
	}

	/**
	 * The school's homework, newest first (at most 200; a teacher's: those of their
	 * classes, with those classes only), each class's progress asked for all of them at
	 * once.
	 */
	public List<Homework> homeworkOf(long schoolId) {
		CurrentUser caller = Callers.current().require(Permission.EDUCATION_STATS);
		scope.school(caller, schoolId);
		Long[] own = own(caller);
		List<HomeworkProgress.Head> heads = jdbc.sql(HomeworkProgress.HEADS + """
				 where h.school_id = :s
				  and (not :limited or exists (select 1 from education.homework_class hc
				       where hc.homework_id = h.id and hc.class_id = any(:own)))
				order by h.created_at desc, h.id desc limit 200""")
			.param("s", schoolId)
			.param("limited", SchoolScope.limited(caller))
			.param("own", own)
			.query(HomeworkProgress::head)
			.list();
		return progress.withClasses(heads, SchoolScope.limited(caller), own);
	}

	/** One homework with each class's progress (a head teacher sees only their class). */
	public Homework homework(long id) {
		CurrentUser caller = Callers.current().require(Permission.EDUCATION_STATS);
		HomeworkProgress.Head head = jdbc.sql(HomeworkProgress.HEADS + " where h.id = :id")
			.param("id", id)
			.query(HomeworkProgress::head)
			.optional()
			.orElseThrow(() -> new NotFound("homework", id));
		scope.school(caller, head.schoolId());
		Homework homework = progress.withClasses(List.of(head), SchoolScope.limited(caller), own(caller)).get(0);
		if (SchoolScope.limited(caller) && homework.classes().isEmpty()) {
			throw new AccessDenied("homework " + id + " is not assigned to a class the teacher teaches");
		}
		return homework;
	}

	/**
	 * Each student of one class of the homework with what they have done: those who have
	 * not finished first, then by student number.
	 */
	public List<Homework.StudentProgress> classProgress(long homeworkId, long classId) {
		requireClass(homework(homeworkId), classId);
		return progress.students(homeworkId, classId);
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

	/**
	 * The school's classes (grade and class name, graduated ones too) a caller may assign
	 * homework to, by grade and name, with how many students each has on its roll: one
	 * query to org, one to people.
	 */
	public List<Homework.ClassOption> assignableClasses(long schoolId) {
		CurrentUser caller = Callers.current().require(Permission.EDUCATION_ASSIGN);
		scope.school(caller, schoolId);
		Set<Long> own = scope.ownClasses(caller);
		List<ClassPlace> classes = structure.classPlacesOf(schoolId)
			.stream()
			.filter(c -> own == null || own.contains(c.id()))
			.sorted(HomeworkProgress.BY_GRADE_AND_NAME)
			.toList();
		Map<Long, Integer> rolls = rosters.rolls(classes.stream().map(ClassPlace::id).toList());
		return classes.stream()
			.map(c -> new Homework.ClassOption(c.id(), c.name(), rolls.getOrDefault(c.id(), 0)))
			.toList();
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

	/**
	 * The classes at school of another stage than the campaign's (a graduated class has
	 * none and is not counted here), from org's stages in one query.
	 */
	private List<Long> classesOutsideStages(Campaign campaign, List<Long> classes) {
		Map<Long, String> stages = structure.stagesOf(classes);
		List<String> targeted = List.of(campaign.stageNames());
		return classes.stream().filter(c -> stages.containsKey(c) && !targeted.contains(stages.get(c))).toList();
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
