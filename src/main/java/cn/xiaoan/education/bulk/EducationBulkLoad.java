package cn.xiaoan.education.bulk;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import cn.xiaoan.education.lesson.Lessons;
import cn.xiaoan.education.rates.RateRollup;
import cn.xiaoan.org.ClassPlace;
import cn.xiaoan.org.SchoolStructure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Set-based loading for generated data (demo, scale generators): a campaign, homework of
 * every class of a region's schools, progress spread over the campaign's days, and the
 * tallies rebuilt once from the assignments. Not a path for user actions — those go
 * through {@code EducationManagement} with its rules and scope. Classes and their schools
 * come from org's API ({@link SchoolStructure}, one query); the students of a region's
 * schools from the view people publishes ({@code people.class_roster}), joined in the one
 * statement that fans the homework out (ADR 0082).
 */
@Component
public class EducationBulkLoad {

	private final JdbcClient jdbc;

	private final RateRollup rollup;

	private final Lessons lessons;

	private final SchoolStructure structure;

	EducationBulkLoad(JdbcClient jdbc, RateRollup rollup, Lessons lessons, SchoolStructure structure) {
		this.jdbc = jdbc;
		this.lessons = lessons;
		this.rollup = rollup;
		this.structure = structure;
	}

	/** A campaign on a shipped lesson; answers its id. */
	@Transactional
	public long campaign(String title, String description, String lessonCode, String regionCode, String issuerName,
			LocalDate startsOn, LocalDate endsOn, boolean requiresParent) {
		lessons.ensureLoaded();
		return jdbc.sql("""
				insert into education.campaign (title, description, lesson_id, region_code, issued_by, issuer_name,
				                                starts_on, ends_on, requires_parent, created_at)
				select :title, :description, l.id, :region, 0, :issuer, :starts, :ends, :parent,
				       least(now(), cast(:starts as date) - 2 + time '09:00')
				from education.lesson l where l.code = :lesson returning id""")
			.param("title", title)
			.param("description", description)
			.param("lesson", lessonCode)
			.param("region", regionCode)
			.param("issuer", issuerName)
			.param("starts", startsOn)
			.param("ends", endsOn)
			.param("parent", requiresParent)
			.query(Long.class)
			.single();
	}

	/**
	 * Homework of the campaign for every class of the schools whose region code starts
	 * with {@code regionPrefix}; answers the students assigned.
	 */
	@Transactional
	public int homeworkForAllClasses(long campaignId, String regionPrefix, LocalDate dueOn, String assignerName) {
		homeworkForClasses(campaignId, structure.classPlacesWithin(regionPrefix), dueOn, assignerName);
		return jdbc
			.sql("""
					insert into education.assignment (homework_id, student_id, class_id, school_id, region_code, campaign_id,
					                                  needs_parent)
					select h.id, st.student_id, st.class_id, h.school_id, h.region_code, h.campaign_id, h.requires_parent
					from education.homework h join people.class_roster st on st.school_id = h.school_id
					where h.campaign_id = :c""")
			.param("c", campaignId)
			.update();
	}

	/**
	 * Homework of the campaign, due on {@code dueOn}, for each school of these classes,
	 * given to those classes, assigned an hour after the campaign was issued (before
	 * anyone studied); the homework ids follow the schools' ids.
	 */
	void homeworkForClasses(long campaignId, Collection<ClassPlace> classes, LocalDate dueOn, String assignerName) {
		Long[] classIds = classes.stream().map(ClassPlace::id).toArray(Long[]::new);
		Long[] schools = classes.stream().map(ClassPlace::schoolId).toArray(Long[]::new);
		jdbc.sql(
				"""
						insert into education.homework (school_id, region_code, campaign_id, lesson_id, title, due_on,
						                                requires_parent, assigned_by, assigner_name, created_at)
						select k.school_id, k.region_code, c.id, c.lesson_id, c.title, :due, c.requires_parent, c.issued_by, :name,
						       least(now(), c.created_at + interval '1 hour')
						from (select distinct u.school_id, u.region_code
						      from unnest(cast(:schools as bigint[]), cast(:regions as varchar[])) u(school_id, region_code)) k
						cross join education.campaign c where c.id = :c order by k.school_id""")
			.param("c", campaignId)
			.param("schools", schools)
			.param("regions", classes.stream().map(ClassPlace::regionCode).toArray(String[]::new))
			.param("due", dueOn)
			.param("name", assignerName)
			.update();
		jdbc.sql("""
				insert into education.homework_class (homework_id, class_id)
				select h.id, u.class_id
				from unnest(cast(:classes as bigint[]), cast(:schools as bigint[])) u(class_id, school_id)
				join education.homework h on h.school_id = u.school_id and h.campaign_id = :c""")
			.param("c", campaignId)
			.param("classes", classIds)
			.param("schools", schools)
			.update();
	}

	/**
	 * Marks about {@code share} of the campaign's students as having studied, most of
	 * them as having taken the quiz and their parents as having confirmed, at moments
	 * spread over {@code days} days from the campaign's start; then rebuilds the tallies.
	 * {@code keepOpen} students stay untouched (demo accounts that try it themselves).
	 */
	@Transactional
	public void progress(long campaignId, double share, int days, int passMark, List<Long> keepOpen, double seed) {
		jdbc.sql("select setseed(:s)").param("s", seed).query((rs, n) -> 1).list();
		jdbc.sql("""
				with r as (
				    select a.homework_id, a.student_id, random() u, power(random(), 0.6) v, random() w, c.starts_on
				    from education.assignment a join education.campaign c on c.id = a.campaign_id
				    where a.campaign_id = :c and a.student_id <> all(:keep))
				update education.assignment a set
				    studied_at = case when r.u < :share then r.starts_on + r.v * :days * interval '1 day' end,
				    quiz_at = case when r.u < :share * 0.93 then r.starts_on + r.v * :days * interval '1 day'
				                   + interval '25 minutes' end,
				    attempts = case when r.u < :share * 0.93 then 1 else 0 end,
				    best_score = case when r.u < :share * 0.93 then 45 + floor(r.w * 56)::int end,
				    passed = r.u < :share * 0.93 and 45 + floor(r.w * 56) >= :pass,
				    parent_at = case when a.needs_parent and r.u < :share * 0.88
				                     then r.starts_on + r.v * :days * interval '1 day' + interval '6 hours' end,
				    completed_at = null
				from r where a.homework_id = r.homework_id and a.student_id = r.student_id""")
			.param("c", campaignId)
			.param("keep", keepOpen.toArray(Long[]::new))
			.param("share", share)
			.param("days", days)
			.param("pass", passMark)
			.update();
		jdbc.sql("""
				update education.assignment set completed_at = greatest(studied_at, quiz_at, parent_at)
				where campaign_id = :c and completed_at is not null""").param("c", campaignId).update();
		rollup.rebuild(campaignId);
	}

}
