package cn.xiaoan.education;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign page's two lists, now that education names its units and students through
 * org's and people's APIs (ADR 0080), read as the views listed them: the students who
 * have not finished by grade, class name and student number, cut at 500 after the
 * ordering; the schools that have not assigned it by region and name, with their county's
 * name. The expected rows are read here from the views org and people publish, in byte
 * order ({@code collate "C"}, the order of Java's strings).
 */
@PlatformTest
class CampaignListsIntegrationTests extends HomeworkTestSupport {

	private static final String CITY = "R:450400";

	@Test
	void nonCompletersComeByGradeClassAndNumberWithTheirNamesCutAt500AfterOrdering() {
		Campaign campaign = countyCampaign("未完成名单顺序专题", false);
		long school = demo.schoolOf("principal");
		List<Long> classes = demo.jdbc()
			.sql("""
					select c.id from org.school_class c join org.grade g on g.id = c.grade_id
					where c.school_id = :s and g.graduated_year is null order by c.id desc""")
			.param("s", school)
			.query(Long.class)
			.list();
		demo.callAs("principal", () -> education
			.assign(new AssignHomework(school, campaign.id(), null, "", classes, LocalDate.now().plusDays(7), false)));
		List<Rates.NonCompleter> open = expected(campaign.id(), "a.school_id = " + school);
		assertThat(open).as("a school of more students than the list shows").hasSizeGreaterThan(500);
		// the first in the order finishes and leaves the list
		demo.jdbc()
			.sql("update education.assignment set completed_at = now() where campaign_id = :c and student_id = :s")
			.param("c", campaign.id())
			.param("s", open.get(0).studentId())
			.update();
		open = expected(campaign.id(), "a.school_id = " + school);

		List<Rates.NonCompleter> shown = demo.callAs("principal",
				() -> education.nonCompleters(campaign.id(), "S:" + school));

		assertThat(shown).hasSize(500).containsExactlyElementsOf(open.subList(0, 500));
		assertThat(shown).allSatisfy(s -> assertThat(s.name()).isNotBlank())
			.allSatisfy(s -> assertThat(s.className()).isNotBlank());
		assertThat(shown.get(0).className()).as("the lowest grade first").startsWith("高一");
		long lastClass = demo.jdbc()
			.sql("select class_id from education.assignment where campaign_id = :c and student_id = :s")
			.param("c", campaign.id())
			.param("s", shown.get(499).studentId())
			.query(Long.class)
			.single();
		assertThat(demo.callAs("principal", () -> education.nonCompleters(campaign.id(), "C:" + lastClass)))
			.containsExactlyElementsOf(expected(campaign.id(), "a.class_id = " + lastClass));
	}

	@Test
	void unassignedSchoolsComeByRegionAndNameWithTheirCountysName() {
		Campaign campaign = demo.callAs("wz_safety", () -> education.issue(new IssueCampaign("未布置名单顺序专题", "",
				"DROWNING", LocalDate.now().minusDays(1), LocalDate.now().plusDays(20), false, null)));
		assignToStudentsClass(campaign);
		settle(campaign.id());
		List<Rates.Unassigned> expected = demo.jdbc()
			.sql("""
					with s as (select school_id, max(region_code) region_code from org.class_stage
					           where region_code like '4504%' and school_id <> :assigned group by school_id)
					select s.school_id, sl.name, coalesce(rl.name, '')
					from s join org.unit_label sl on sl.kind = 'S' and sl.id = s.school_id
					left join org.unit_label rl on rl.kind = 'R' and rl.code = substr(s.region_code, 1, 6)
					order by s.region_code, sl.name collate "C"
					""")
			.param("assigned", demo.schoolOf("principal"))
			.query((rs, n) -> new Rates.Unassigned(rs.getLong(1), rs.getString(2), rs.getString(3), 0, null))
			.list();
		assertThat(expected).as("schools of several counties")
			.extracting(Rates.Unassigned::county)
			.hasSizeGreaterThan(3)
			.containsAll(List.of("藤县", "苍梧县"));

		List<Rates.Unassigned> shown = demo.callAs("wz_safety", () -> education.unassignedSchools(campaign.id(), CITY));

		assertThat(shown).filteredOn(u -> u.source() == null)
			.extracting(Rates.Unassigned::schoolId, Rates.Unassigned::name, Rates.Unassigned::county)
			.containsExactlyElementsOf(expected.stream()
				.map(u -> org.assertj.core.groups.Tuple.tuple(u.schoolId(), u.name(), u.county()))
				.toList());
		assertThat(shown).allSatisfy(u -> assertThat(u.county()).isNotBlank());
	}

	/**
	 * The open assignments of the campaign as the view-reading query listed them, in its
	 * order (the homework breaks a tie of one student's two homework).
	 */
	private List<Rates.NonCompleter> expected(long campaign, String where) {
		return demo.jdbc()
			.sql("""
					select s.student_id, s.student_no, s.name, c.name, a.homework_id, a.studied_at is not null,
					       a.quiz_at is not null, a.parent_at is not null or not a.needs_parent, a.reminded_at
					from education.assignment a join people.class_roster s on s.student_id = a.student_id
					join org.class_label c on c.class_id = a.class_id
					where a.campaign_id = :c and a.completed_at is null and %s
					order by c.grade_seq, c.name collate "C", s.student_no collate "C", a.homework_id"""
				.formatted(where))
			.param("c", campaign)
			.query((rs, n) -> new Rates.NonCompleter(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8),
					rs.getObject(9, OffsetDateTime.class)))
			.list();
	}

}
