package cn.xiaoan.education.bulk;

import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.education.lesson.Lessons;
import cn.xiaoan.education.rates.RateRollup;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.shared.BulkIndexes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates a province campaign with homework for every class of many schools and one
 * assignment per student, set-based inside the database, for the province-scale
 * generator. The triggers that would append a rate delta per row are bypassed; the
 * tallies are built once afterwards ({@link RateRollup#rebuild}). Nothing reachable from
 * a request calls this. Students come from the roster people publishes
 * ({@code people.class_roster}), joined in the statement that writes the assignments; the
 * classes' schools from org's API ({@link SchoolStructure#classPlaces}, one query; ADR
 * 0082).
 */
@Component
public class EducationGeneration {

	private final JdbcClient jdbc;

	private final RateRollup rollup;

	private final Lessons lessons;

	private final EducationBulkLoad bulk;

	private final SchoolStructure structure;

	EducationGeneration(JdbcClient jdbc, RateRollup rollup, Lessons lessons, EducationBulkLoad bulk,
			SchoolStructure structure) {
		this.bulk = bulk;
		this.structure = structure;
		this.jdbc = jdbc;
		this.rollup = rollup;
		this.lessons = lessons;
	}

	/**
	 * A campaign issued by the bureau {@code issuerName} for {@code region} on the first
	 * lesson, and homework of it for the classes {@code classIds}, one per school;
	 * answers the campaign id and the homework ids in order.
	 */
	@Transactional
	public long[] campaign(String title, String region, String issuerName, LocalDate startsOn, LocalDate endsOn,
			long[] classIds) {
		lessons.ensureLoaded();
		long campaign = jdbc.sql("""
				insert into education.campaign (title, description, lesson_id, region_code, issued_by, issuer_name,
				                                starts_on, ends_on, requires_parent)
				select :title, '全省中小学生安全教育专题活动', min(id), :region, 0, :issuer, :starts, :ends, true
				from education.lesson returning id""")
			.param("title", title)
			.param("region", region)
			.param("issuer", issuerName)
			.param("starts", startsOn)
			.param("ends", endsOn)
			.query(Long.class)
			.single();
		bulk.homeworkForClasses(campaign,
				structure.classPlaces(java.util.Arrays.stream(classIds).boxed().toList()).values(), endsOn, "安全办");
		List<Long> homework = jdbc.sql("select id from education.homework where campaign_id = :c order by id")
			.param("c", campaign)
			.query(Long.class)
			.list();
		long[] answer = new long[homework.size() + 1];
		answer[0] = campaign;
		for (int i = 0; i < homework.size(); i++) {
			answer[i + 1] = homework.get(i);
		}
		return answer;
	}

	@Transactional
	public List<String> dropIndexes() {
		return BulkIndexes.drop(jdbc, "education", "assignment");
	}

	/**
	 * Assigns homework {@code from}…{@code to} (ids) to every student of its school.
	 * Deterministically by student id: 30% have studied, 25% taken the quiz (20% passed),
	 * 15% completed with a parent's confirmation, on days since the campaign started.
	 */
	@Transactional
	public long assignments(long from, long to, LocalDate startsOn) {
		BulkIndexes.loadingTransaction(jdbc);
		return jdbc
			.sql("""
					insert into education.assignment (homework_id, student_id, class_id, school_id, region_code, campaign_id,
					       needs_parent, studied_at, quiz_at, attempts, best_score, passed, parent_at, parent_id, completed_at)
					select h.id, s.student_id, s.class_id, s.school_id, h.region_code, h.campaign_id, true,
					       case when r < 30 then t end, case when r < 25 then t + interval '10 minutes' end,
					       case when r < 25 then 1 else 0 end, case when r < 20 then 80 + r when r < 25 then 40 + r end,
					       r < 20, case when r < 15 then t + interval '1 day' end, null,
					       case when r < 15 then t + interval '1 day' end
					from education.homework h join people.class_roster s on s.school_id = h.school_id,
					     lateral (select cast(s.student_id * 7919 % 100 as int) r,
					                     cast(:starts as date) + make_interval(days => cast(s.student_id % 7 as int),
					                                                          hours => 8 + cast(s.student_id % 12 as int)) t) x
					where h.id between :from and :to""")
			.param("from", from)
			.param("to", to)
			.param("starts", startsOn)
			.update();
	}

	@Transactional
	public void createIndexes(List<String> definitions, long campaign) {
		BulkIndexes.create(jdbc, definitions);
		jdbc.sql("analyze education.assignment").update();
		jdbc.sql("analyze education.homework").update();
		jdbc.sql("analyze education.homework_class").update();
		rollup.rebuild(campaign);
	}

}
