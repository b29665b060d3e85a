package cn.xiaoan.education;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.xiaoan.education.homework.CampaignClosings;
import cn.xiaoan.education.homework.Campaigns;
import cn.xiaoan.education.homework.Homeworks;
import cn.xiaoan.education.homework.StudentHomework;
import cn.xiaoan.education.lesson.LessonMediaLibrary;
import cn.xiaoan.education.lesson.Lessons;
import cn.xiaoan.education.rates.CampaignRates;
import cn.xiaoan.shared.Callers;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The education module's one way in, for other modules and for its own pages and REST
 * API. Every call is made for the signed-in caller and checks the caller's permission and
 * scope; what it returns are the module's published records. Events it publishes:
 * {@link CampaignIssued}, {@link CampaignClosed}, {@link HomeworkAssigned},
 * {@link HomeworkReminded}, {@link CampaignSchoolsReminded},
 * {@link CampaignRemindersAskedBelow}.
 */
@Service
public class EducationManagement {

	private final Lessons lessons;

	private final LessonMediaLibrary media;

	private final Campaigns campaigns;

	private final Homeworks homework;

	private final StudentHomework mine;

	private final CampaignRates rates;

	private final CampaignClosings closings;

	private final OneClickReminders oneClick;

	EducationManagement(Lessons lessons, LessonMediaLibrary media, Campaigns campaigns, Homeworks homework,
			StudentHomework mine, CampaignRates rates, CampaignClosings closings, OneClickReminders oneClick) {
		this.closings = closings;
		this.oneClick = oneClick;
		this.lessons = lessons;
		this.media = media;
		this.campaigns = campaigns;
		this.homework = homework;
		this.mine = mine;
		this.rates = rates;
	}

	/** Every safety lesson, in catalogue order. */
	public List<Lesson> lessons() {
		return lessons.lessons();
	}

	public Lesson lesson(String code) {
		return lessons.lesson(code);
	}

	/**
	 * The school stage of a student caller, or of a parent's child; empty for everyone
	 * else. Lessons that suit it are shown first.
	 */
	public java.util.Optional<Stage> myStage() {
		return lessons.stageOfCaller();
	}

	/** The caller's lesson page, quiz in the order of attempt {@code submissionId}. */
	public LessonPage lessonPage(String code, UUID submissionId) {
		return lessons.page(code, submissionId);
	}

	/** The quiz without answers, in an order fixed by the attempt's submission id. */
	public List<QuizQuestion> quiz(String code, UUID submissionId) {
		return lessons.quiz(code, submissionId);
	}

	/** Grades a practice attempt; a repeated submission id answers the first result. */
	public QuizResult submit(String code, UUID submissionId, Map<Long, Set<Integer>> answers) {
		return lessons.submit(code, submissionId, answers, null);
	}

	/**
	 * Grades the signed-in student's attempt at a homework's quiz (the homework's
	 * lesson): only until passed and within the policy's retakes; the same submission id
	 * answers the first result again. Page and REST API both come here.
	 */
	public QuizResult submitHomework(long homeworkId, UUID submissionId, Map<Long, Set<Integer>> answers) {
		return lessons.submit(lessons.homeworkLesson(homeworkId), submissionId, answers, homeworkId);
	}

	/** The lesson's media the caller sees: shipped, and added at or above its place. */
	public List<LessonMedia> media(String lessonCode) {
		return media.media(lessonCode);
	}

	/** A bureau adds an https link to a video for its region. */
	public LessonMedia addMediaLink(String lessonCode, String title, String url) {
		return media.addLink(lessonCode, title, url);
	}

	/** A bureau uploads a video (MP4 or WebM) for its region. */
	public LessonMedia addMediaVideo(String lessonCode, String title, InputStreamSource video, long size,
			String fileName) {
		return media.addVideo(lessonCode, title, video, size, fileName);
	}

	/** Removes media the caller's bureau (or a bureau below it) added. */
	public void removeMedia(long id) {
		media.remove(id);
	}

	/** A bureau issues a campaign to every school of its region. */
	public Campaign issue(IssueCampaign command) {
		return campaigns.issue(command);
	}

	/** The campaigns that reach the caller or, for a bureau, were issued within it. */
	public List<Campaign> campaigns() {
		return campaigns.campaigns();
	}

	public Campaign campaign(long id) {
		return campaigns.campaign(id);
	}

	/**
	 * 撤回 (issued by mistake): it leaves the schools' and students' lists, its records
	 * stay; only its issuing bureau, with a reason; again changes nothing.
	 */
	public Campaign withdraw(long id, String reason) {
		return closings.close(id, Campaign.Closing.Kind.WITHDRAWN, reason);
	}

	/**
	 * 提前结束: it closes now, what was done stays counted and nothing more is taken; only
	 * its issuing bureau, with a reason; again changes nothing.
	 */
	public Campaign endEarly(long id, String reason) {
		return closings.close(id, Campaign.Closing.Kind.ENDED, reason);
	}

	/** Whether the caller may withdraw the campaign or end it early. */
	public boolean closable(Campaign campaign) {
		return closings.closable(campaign);
	}

	/**
	 * A school assigns a campaign or a lesson to classes; their students hear of it
	 * ({@link HomeworkAssigned}).
	 */
	public Homework assign(AssignHomework command) {
		return homework.assign(command);
	}

	/** The school's homework, newest first (a head teacher's class only). */
	public List<Homework> homeworkOf(long schoolId) {
		return homework.homeworkOf(schoolId);
	}

	/** One homework with each class's progress. */
	public Homework homework(long id) {
		return homework.homework(id);
	}

	public List<Homework.StudentProgress> classProgress(long homeworkId, long classId) {
		return homework.classProgress(homeworkId, classId);
	}

	public List<Homework.ClassOption> assignableClasses(long schoolId) {
		return homework.assignableClasses(schoolId);
	}

	/**
	 * Reminds the students of a class who have not finished the homework, and their
	 * parents; answers how many students.
	 */
	public int remind(long homeworkId, long classId) {
		return homework.remind(homeworkId, classId);
	}

	/** "我的作业": the student's homework or the parent's children's, open ones first. */
	public List<MyHomework> myHomework() {
		return mine.mine();
	}

	/** One homework of the student (the caller or a child of the caller). */
	public MyHomework myHomework(long homeworkId, long studentId) {
		return mine.one(homeworkId, studentId);
	}

	/** The signed-in student has studied the lesson's student part. */
	public MyHomework studied(long homeworkId) {
		return mine.studied(homeworkId);
	}

	/** A parent confirms the parent part (家长版) of a child's homework. */
	public MyHomework confirmParentPart(long homeworkId, long studentId) {
		return mine.confirmParentPart(homeworkId, studentId);
	}

	/** The caller's unit: {@code R:<region>}, {@code S:<school>} or {@code C:<class>}. */
	public String homeUnit() {
		return rates.homeUnit();
	}

	/** The running campaigns that reach the caller, with its own unit's rates. */
	public List<Rates.View> runningAtHome() {
		return rates.runningAtHome();
	}

	/** A unit's rates and those of the units directly below it. */
	public Rates.View rates(long campaignId, String unit) {
		return rates.view(campaignId, unit);
	}

	/**
	 * Cumulative rates at the end of each day of the campaign so far, with the schools of
	 * the installations below that sent their days.
	 */
	public List<Rates.TrendPoint> trend(long campaignId, String unit) {
		return trendOf(campaignId, unit).points();
	}

	/** {@link #trend} with which installations below it counts and whom it leaves out. */
	public Rates.Trend trendOf(long campaignId, String unit) {
		return rates.trend(campaignId, unit);
	}

	/** Students of a school or class unit who have not finished (500 at most). */
	public List<Rates.NonCompleter> nonCompleters(long campaignId, String unit) {
		return rates.nonCompleters(campaignId, unit);
	}

	/** The targeted schools within the unit that have not assigned the campaign (未布置). */
	public List<Rates.Unassigned> unassignedSchools(long campaignId, String unit) {
		return rates.unassignedSchools(campaignId, unit);
	}

	/**
	 * The unit's last one-click reminder, until when the next is held back, and how many
	 * one now would reach.
	 */
	public Rates.ReminderStatus reminderStatus(long campaignId, String unit) {
		return oneClick.status(campaignId, unit);
	}

	/** {@link #remind} of those behind; answers how many students or schools here. */
	@Transactional
	public int remindBehind(long campaignId, String unit) {
		return remind(campaignId, unit, false).here();
	}

	/** {@link #remind} of the schools that have not assigned it; how many here. */
	@Transactional
	public int remindUnassigned(long campaignId, String unit) {
		return remind(campaignId, unit, true).here();
	}

	/**
	 * The one-click reminder of a campaign's rates page: a school or class reminds its
	 * students (and parents) who have not finished; a bureau the targeted schools below
	 * it that are not at 100% (or, {@code onlyUnassigned}, have not assigned it, 未布置) and
	 * asks the installations below to remind theirs (ADR 0084). Answers how many were
	 * reminded here and how many schools below were asked of which installations; the
	 * messages follow once the reminder is committed.
	 */
	@Transactional
	public Rates.Reminded remind(long campaignId, String unit, boolean onlyUnassigned) {
		return oneClick.remind(campaignId, unit, onlyUnassigned);
	}

	/**
	 * The schools of the installations below within a region unit that have not finished
	 * the campaign, school by school, as their figures were last counted there: their
	 * pupils' names stay below (ADR 0084). None for a school or class.
	 */
	public List<Rates.SchoolBehindBelow> nonCompletersBelow(long campaignId, String unit) {
		return rates.schoolsBehindBelow(campaignId, unit);
	}

	/**
	 * The hours a reminder holds back the next one to the same school or student, for the
	 * caller's region (policy {@code REMINDER_MIN_INTERVAL_HOURS}).
	 */
	public int reminderIntervalHours() {
		return oneClick.intervalHours(Callers.current());
	}

}
