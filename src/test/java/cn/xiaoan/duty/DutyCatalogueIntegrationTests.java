package cn.xiaoan.duty;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.xiaoan.org.Post;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national catalogue of the responsibility lists as the migration leaves it: the MoE
 * post guide's breadth (about 40 posts over bureau and school, 16 routine procedures and
 * the 14 emergency cards), short lists and cards, every post and procedure linked, and no
 * text written twice.
 */
@PlatformTest
class DutyCatalogueIntegrationTests {

	static final Set<String> EMERGENCIES = Set.of("FIRE", "EARTHQUAKE", "STAMPEDE", "INTRUDER", "FOOD_POISONING",
			"DROWNING", "TRAFFIC_ACCIDENT", "GAS_LEAK", "ELECTRIC_SHOCK", "EXTREME_WEATHER", "EPIDEMIC",
			"MISSING_STUDENT", "CAMPUS_INJURY", "CAMPUS_VIOLENCE");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SchoolStructure structure;

	@Test
	void theCatalogueCoversAtLeastFortyPostsWithTenAtBureaus() {
		Map<String, Long> perLevel = jdbc.sql("select level, count(*) from duty.post group by level")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(perLevel.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(40);
		assertThat(perLevel.get("BUREAU")).isGreaterThanOrEqualTo(10);
		assertThat(perLevel.get("SCHOOL")).isGreaterThanOrEqualTo(25);
	}

	@Test
	void everyPostHasFiveToTenDuties() {
		List<String> offenders = jdbc.sql("""
				select p.code || ': ' || count(d.seq) from duty.post p
				left join duty.post_duty d on d.post_code = p.code
				group by p.code having count(d.seq) not between 5 and 10""").query(String.class).list();
		assertThat(offenders).isEmpty();
	}

	@Test
	void thereAreSixteenRoutineProceduresAndExactlyTheFourteenEmergencyCards() {
		long routine = jdbc.sql("select count(*) from duty.procedure where kind = 'ROUTINE'")
			.query(Long.class)
			.single();
		List<String> emergencies = jdbc.sql("select code from duty.procedure where kind = 'EMERGENCY'")
			.query(String.class)
			.list();
		assertThat(routine).isGreaterThanOrEqualTo(16);
		assertThat(emergencies).hasSize(14).containsExactlyInAnyOrderElementsOf(EMERGENCIES);
	}

	@Test
	void everyProcedureIsACardOfFourToNineNumberedSteps() {
		List<String> offenders = jdbc.sql("""
				select p.code || ': ' || count(s.seq) from duty.procedure p
				left join duty.procedure_step s on s.procedure_code = p.code
				group by p.code
				having count(s.seq) not between 4 and 9 or min(s.seq) <> 1 or max(s.seq) <> count(s.seq)""")
			.query(String.class)
			.list();
		assertThat(offenders).isEmpty();
	}

	@Test
	void everyPostCarriesAProcedureAndEveryProcedureHasAPost() {
		List<String> lonelyPosts = jdbc.sql("""
				select code from duty.post p
				where not exists (select 1 from duty.post_procedure pp where pp.post_code = p.code)""")
			.query(String.class)
			.list();
		List<String> lonelyProcedures = jdbc.sql("""
				select code from duty.procedure p
				where not exists (select 1 from duty.post_procedure pp where pp.procedure_code = p.code)""")
			.query(String.class)
			.list();
		assertThat(lonelyPosts).isEmpty();
		assertThat(lonelyProcedures).isEmpty();
	}

	@Test
	void theCardsGoWhereTheyAreNeeded() {
		assertThat(procedures("GUARD")).contains("INTRUDER", "VISITOR_REGISTRATION");
		assertThat(procedures("CANTEEN_WORKER")).contains("FOOD_POISONING", "FOOD_SAMPLE_RETENTION");
		assertThat(procedures("HEAD_TEACHER")).filteredOn(EMERGENCIES::contains)
			.hasSizeGreaterThan(EMERGENCIES.size() / 2);
	}

	@Test
	void everyStaffPostGivesAtMostOneDutyPostByDefault() {
		Set<String> staffPosts = structure.posts().stream().map(Post::code).collect(Collectors.toSet());
		List<String> defaults = jdbc.sql("select hr_post from duty.post where hr_post is not null")
			.query(String.class)
			.list();
		assertThat(defaults).doesNotHaveDuplicates().allMatch(staffPosts::contains);
		assertThat(jdbc.sql("select level from duty.post where hr_post is not null").query(String.class).list())
			.containsOnly("SCHOOL");
		assertThat(defaults).containsExactlyInAnyOrderElementsOf(staffPosts);
	}

	@Test
	void noTextIsWrittenTwice() {
		List<String> repeated = jdbc.sql("""
				select text from (select text from duty.post_duty union all select text from duty.procedure_step) t
				group by text having count(*) > 1""").query(String.class).list();
		List<String> names = jdbc
			.sql("""
					select name from (select name_zh as name from duty.post union all select name_en from duty.post
					                  union all select title_zh from duty.procedure union all select title_en from duty.procedure) t
					group by name having count(*) > 1""")
			.query(String.class)
			.list();
		assertThat(repeated).isEmpty();
		assertThat(names).isEmpty();
	}

	private List<String> procedures(String post) {
		return jdbc.sql("select procedure_code from duty.post_procedure where post_code = :p")
			.param("p", post)
			.query(String.class)
			.list();
	}

}
