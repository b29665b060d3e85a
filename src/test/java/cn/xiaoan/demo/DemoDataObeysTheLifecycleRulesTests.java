package cn.xiaoan.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.xiaoan.org.Divisions;
import cn.xiaoan.org.Region;
import cn.xiaoan.people.privacy.PersonalDataCipher;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo database never contradicts the rules real use obeys (issue 10): no date in the
 * future, every hazard's history in lifecycle order with its plan and supervision where
 * its state needs them, students as old as their grade, regions of the division table.
 * Each query names one module's schema; the facts are joined here.
 */
@PlatformTest
class DemoDataObeysTheLifecycleRulesTests {

	/**
	 * The demo's hazards: found by nobody's account. Other tests report theirs as people
	 * and some move the clock, which is their business.
	 */
	private static final String DEMO_HAZARDS = "select id from hazard.hazard where found_by = 0";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Divisions divisions;

	@Autowired
	PersonalDataCipher cipher;

	@Test
	void noDemoRecordIsDatedInTheFuture() {
		List<String> future = jdbc
			.sql("""
					with demo as (%s)
					select 'hazard ' || id from hazard.hazard
					where id in (select id from demo) and greatest(found_at, rectified_at, closed_at, escalated_at) > now()
					union all select 'transition ' || id from hazard.transition
					where hazard_id in (select id from demo) and at > now()
					union all select 'plan ' || hazard_id from hazard.plan
					where hazard_id in (select id from demo) and filed_at > now()
					union all select 'supervision ' || hazard_id from hazard.supervision
					where hazard_id in (select id from demo) and greatest(listed_at, accepted_at, summoned_at) > now()"""
				.formatted(DEMO_HAZARDS))
			.query(String.class)
			.list();
		future = new ArrayList<>(future);
		future.addAll(jdbc.sql("""
				select 'assignment ' || homework_id || '/' || student_id from education.assignment
				where greatest(studied_at, quiz_at, parent_at, completed_at) > now()""").query(String.class).list());
		future.addAll(jdbc.sql("""
				select 'session ' || id from training.session where completed_at is not null and day > current_date
				""").query(String.class).list());
		assertThat(future).as("records dated after now").isEmpty();
	}

	@Test
	void everyHazardsHistoryFollowsTheLifecycleInOrder() {
		Map<Long, List<Step>> history = jdbc.sql("""
				select hazard_id, from_status, to_status, at, coalesce(note_key, '') from hazard.transition
				where hazard_id in (%s) order by id""".formatted(DEMO_HAZARDS))
			.query((rs, n) -> new Step(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class), rs.getString(5)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Step::hazard));
		List<LedgerRow> hazards = jdbc.sql("""
				select h.id, h.status, h.grade, h.found_at, h.rectified_at, h.closed_at, h.supervised_by_level,
				       p.filed_at, s.notice_no from hazard.hazard h left join hazard.plan p on p.hazard_id = h.id
				left join hazard.supervision s on s.hazard_id = h.id where h.id in (%s)""".formatted(DEMO_HAZARDS))
			.query((rs, n) -> new LedgerRow(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class),
					rs.getObject(6, OffsetDateTime.class), rs.getString(7), rs.getObject(8, OffsetDateTime.class),
					rs.getString(9)))
			.list();
		assertThat(hazards).isNotEmpty();
		List<String> broken = new ArrayList<>();
		for (LedgerRow h : hazards) {
			broken.addAll(h.contradictions(history.getOrDefault(h.id(), List.of())));
		}
		assertThat(broken).as("hazards whose data contradicts the lifecycle").isEmpty();
	}

	@Test
	void everyStudentIsAsOldAsTheGradeTheySitIn() {
		Map<Long, String> typeOfSchool = jdbc.sql("select id, type from org.school")
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Map<Long, String[]> gradeOfClass = jdbc
			.sql("select c.id, g.name, c.school_id from org.school_class c join org.grade g on g.id = c.grade_id")
			.query((rs, n) -> Map.entry(rs.getLong(1), new String[] { rs.getString(2), rs.getString(3) }))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		LocalDate today = LocalDate.now();
		LocalDate schoolYear = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
		List<String> misplaced = new ArrayList<>();
		jdbc.sql(
				"select student_no, class_id, birth_date, id_card_enc from people.student where birth_date is not null")
			.query(rs -> {
				String[] grade = gradeOfClass.get(rs.getLong(2));
				String type = typeOfSchool.get(Long.valueOf(grade[1]));
				LocalDate birth = rs.getObject(3, LocalDate.class);
				int age = java.time.Period.between(birth, schoolYear).getYears();
				int nominal = GradeAges.nominal(type, grade[0]);
				int oldest = nominal + ("SPECIAL".equals(type) ? 3 : 1);
				if ((age < nominal || age > oldest) && bornAsTheirIdCardSays(rs.getBytes(4), birth)) {
					misplaced.add(rs.getString(1) + " born " + birth + " in " + grade[0] + " (" + type + ")");
				}
			});
		assertThat(misplaced).as("students whose age at 1 September does not fit their grade").isEmpty();
	}

	@Test
	void everyRegionOfTheDemoIsInTheDivisionTable() {
		Map<String, String> table = new java.util.HashMap<>();
		for (Region province : divisions.provinces()) {
			divisions.province(province.code(), true).forEach(r -> table.put(r.code(), r.name()));
		}
		List<String> madeUp = new ArrayList<>();
		// the demo's regions: other tests add and rename regions of their own in the same
		// database
		for (Region region : DemoRegions.all()) {
			if (!region.name().equals(table.get(region.code()))) {
				madeUp.add(region.code() + " " + region.name());
			}
		}
		assertThat(madeUp).as("regions not in the national division table").isEmpty();
	}

	@Test
	void campaignsAndTrainingSessionsAreInTheirOwnOrder() {
		List<String> broken = new ArrayList<>(jdbc.sql("""
				select 'campaign ' || id from education.campaign where ends_on < starts_on
				union all select 'assignment ' || a.homework_id || '/' || a.student_id from education.assignment a
				join education.campaign c on c.id = a.campaign_id
				where least(a.studied_at, a.quiz_at, a.parent_at) < c.starts_on""").query(String.class).list());
		broken.addAll(jdbc.sql("""
				select 'homework ' || h.id from education.homework h
				where h.created_at > (select min(least(a.studied_at, a.quiz_at, a.parent_at))
				                      from education.assignment a where a.homework_id = h.id)
				union all select 'campaign issued after its homework was done ' || c.id from education.campaign c
				where c.created_at > (select min(h.created_at) from education.homework h where h.campaign_id = c.id)
				union all select 'booking after its session ' || b.id from training.booking b
				join training.session s on s.id = b.session_id where b.booked_at::date > s.day""")
			.query(String.class)
			.list());
		broken.addAll(jdbc.sql("""
				select 'attendance ' || a.id from training.attendee a join training.booking b on b.id = a.booking_id
				join training.session s on s.id = b.session_id where a.attended and s.completed_at is null""")
			.query(String.class)
			.list());
		assertThat(broken).isEmpty();
	}

	/**
	 * The demo derives a student's ID number from the birth date; a birth date that
	 * disagrees was changed after the demo, by a test of this shared database (the
	 * privacy journey makes the demo child ten).
	 */
	private boolean bornAsTheirIdCardSays(byte[] card, LocalDate birth) {
		return card == null || cipher.decrypt(card).substring(6, 14).equals(birth.toString().replace("-", ""));
	}

	record Step(long hazard, String from, String to, OffsetDateTime at, String noteKey) {
	}

}
