package cn.xiaoan.care;

import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Care on the demo school: the circle reads a visit, no one else does; bureaus count.
 */
@PlatformTest
class CareIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	CareManagement care;

	@Autowired
	CareBoard board;

	@Autowired
	CareFigures figures;

	@Autowired
	cn.xiaoan.org.SchoolStructure structure;

	/**
	 * A student of the head teacher's class, the n-th from the end (not flagged by the
	 * demo).
	 */
	private long studentOfTheClass(int fromEnd) {
		long classId = demo.jdbc()
			.sql("select s.head_class_id from people.staff s join people.account a on a.person_id = s.id where a.username = 'headteacher'")
			.query(Long.class)
			.single();
		List<Long> ids = demo.jdbc()
			.sql("select id from people.student where class_id = :c order by student_no")
			.param("c", classId)
			.query(Long.class)
			.list();
		return ids.get(ids.size() - fromEnd);
	}

	private long staffOf(String username) {
		return demo.jdbc()
			.sql("select person_id from people.account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	@Test
	void aVisitIsReadByTheStudentsCircleOnlyAndEveryReadIsAudited() throws Exception {
		long student = studentOfTheClass(2);
		demo.runAs("headteacher", () -> care.flag(student, new FlagStudent(RiskFlag.FINANCIAL, "母亲重病，家中无固定收入")));
		demo.runAs("headteacher", () -> care.pair(student, new PairStudent(staffOf("teacher"))));
		long visit = demo.callAs("teacher", () -> care.record(student, new RecordVisit(LocalDate.now(), CareForm.CALL,
				"担心家里", "", "母亲住院", "生活费紧张", "申请临时困难补助", LocalDate.now().plusDays(10))));
		assertThat(demo.callAs("teacher", () -> care.visit(visit)).helpGiven()).isEqualTo("申请临时困难补助");
		assertThat(demo.callAs("headteacher", () -> care.visit(visit)).form()).isEqualTo(CareForm.CALL);
		assertThat(demo.callAs("safety", () -> care.visit(visit)).studentId()).isEqualTo(student);
		for (String outsider : List.of("principal", "guard", "tx_safety", "wz_admin", "admin", "student", "parent")) {
			assertThatThrownBy(() -> demo.callAs(outsider, () -> care.visit(visit))).as(outsider)
				.isInstanceOfAny(cn.xiaoan.shared.AccessDenied.class, cn.xiaoan.shared.NotFound.class);
			mvc.perform(get("/api/v1/care/visits/{id}", visit).with(demo.as(outsider)))
				.andExpect(result -> assertThat(result.getResponse().getStatus()).as(outsider).isIn(403, 404));
		}
		assertThat(demo.jdbc()
			.sql("select count(*) from audit.entry where entity_type = 'care_visit' and entity_id = :id and action = 'REVEAL'")
			.param("id", String.valueOf(visit))
			.query(Long.class)
			.single()).isEqualTo(3);
		assertThat(demo.jdbc()
			.sql("select after::text from audit.entry where entity_type = 'care_visit' and entity_id = :id and action = 'CREATE'")
			.param("id", String.valueOf(visit))
			.query(String.class)
			.single()).doesNotContain("申请临时困难补助").contains("CALL");
	}

	@Test
	void anAtRiskStudentWithoutAPairIsAGapShownFirstAndTheBureauCountsIt() {
		long student = studentOfTheClass(3);
		long classId = idOf("select class_id from people.student where id = :id", student);
		CareCounts before = demo.callAs("tx_safety", () -> figures.overview("450422").total());
		demo.runAs("safety", () -> care.flag(student, new FlagStudent(RiskFlag.PSYCHOLOGICAL, "")));
		ClassPage page = demo.callAs("headteacher", () -> board.classPage(classId));
		List<ClassRow> gaps = page.rows().stream().takeWhile(ClassRow::gap).toList();
		assertThat(gaps).extracting(ClassRow::studentId).contains(student);
		assertThat(page.rows().stream().skip(gaps.size()).noneMatch(ClassRow::gap)).isTrue();
		assertThat(gaps.stream().filter(r -> r.studentId() == student).findFirst().orElseThrow().dueOn())
			.isEqualTo(LocalDate.now().plusDays(14));
		CareCounts after = demo.callAs("tx_safety", () -> figures.overview("450422").total());
		assertThat(after.atRisk()).isEqualTo(before.atRisk() + 1);
		assertThat(after.pairedAtRisk()).isEqualTo(before.pairedAtRisk());
		CareCounts city = demo.callAs("wz_safety", () -> figures.overview("450400").total());
		assertThat(city.atRisk()).isGreaterThanOrEqualTo(after.atRisk());
		CareOverview county = demo.callAs("tx_safety", () -> figures.overview("450422"));
		long schoolsSum = county.schools().stream().mapToLong(u -> u.counts().atRisk()).sum()
				+ county.regions().stream().mapToLong(u -> u.counts().atRisk()).sum();
		assertThat(schoolsSum).isEqualTo(county.total().atRisk());
		assertThatThrownBy(() -> demo.callAs("tx_safety", () -> figures.overview("450403")))
			.isInstanceOf(cn.xiaoan.shared.AccessDenied.class);
		demo.runAs("headteacher", () -> care.pair(student, new PairStudent(staffOf("headteacher"))));
		assertThat(demo.callAs("headteacher", () -> board.classPage(classId))
			.rows()
			.stream()
			.filter(r -> r.studentId() == student)
			.findFirst()
			.orElseThrow()
			.gap()).isFalse();
	}

	@Test
	void aGraduatedClassLeavesTheCareBoardUnlessAStudentOfItIsStillFlaggedOrPaired() {
		long flagged = studentOfTheClass(4);
		long caredFor = idOf("select class_id from people.student where id = :id", flagged);
		demo.runAs("safety", () -> care.flag(flagged, new FlagStudent(RiskFlag.LEFT_BEHIND, "")));
		long grade = gradeOf(caredFor);
		long school = idOf("select school_id from org.school_class where id = :id", caredFor);
		long quiet = demo.callAs("principal", () -> structure.addClass(school, grade, "关爱测试班"));
		String graduate = "update org.grade set graduated_year = :y where id = :g";
		demo.jdbc().sql(graduate).param("y", 2020).param("g", grade).update();
		try {
			List<ClassSummary> after = demo.callAs("principal", () -> board.classes());
			assertThat(after).extracting(ClassSummary::classId).contains(caredFor).doesNotContain(quiet);
			assertThat(after).filteredOn(c -> gradeOf(c.classId()) == grade)
				.allMatch(c -> c.atRisk() > 0 || c.paired() > 0);
		}
		finally {
			demo.jdbc().sql(graduate).param("y", null).param("g", grade).update();
		}
		try {
			assertThat(demo.callAs("principal", () -> board.classes())).extracting(ClassSummary::classId)
				.contains(quiet, caredFor);
		}
		finally {
			demo.jdbc().sql("delete from org.school_class where id = :c").param("c", quiet).update();
		}
	}

	private long gradeOf(long classId) {
		return idOf("select grade_id from org.school_class where id = :id", classId);
	}

	private long idOf(String sql, long id) {
		return demo.jdbc().sql(sql).param("id", id).query(Long.class).single();
	}

	@Autowired
	List<cn.xiaoan.shared.TodoSource> todos;

	@Test
	void anOverdueFollowUpIsOnThePairsOverdueListAndInTheirTodosButNotAnotherTeachers() {
		long student = studentOfTheClass(7);
		String name = demo.jdbc()
			.sql("select name from people.student where id = :s")
			.param("s", student)
			.query(String.class)
			.single();
		demo.runAs("headteacher", () -> care.flag(student, new FlagStudent(RiskFlag.LEFT_BEHIND, "")));
		demo.runAs("headteacher", () -> care.pair(student, new PairStudent(staffOf("teacher"))));
		LocalDate visited = LocalDate.now().minusDays(40);
		demo.runAs("teacher", () -> care.record(student,
				new RecordVisit(visited, CareForm.HOME_VISIT, "", "", "", "", "送去冬衣", visited.plusDays(30))));
		assertThat(demo.callAs("teacher", () -> board.overdue())).extracting(MyStudent::studentId).contains(student);
		assertThat(demo.callAs("headteacher", () -> board.overdue())).extracting(MyStudent::studentId)
			.contains(student);
		assertThat(demo.callAs("guard", () -> board.overdue())).extracting(MyStudent::studentId)
			.doesNotContain(student);
		CareTodos source = todos.stream()
			.filter(CareTodos.class::isInstance)
			.map(CareTodos.class::cast)
			.findFirst()
			.orElseThrow();
		cn.xiaoan.shared.CurrentUser teacher = demo.callAs("teacher", cn.xiaoan.shared.Callers::current);
		assertThat(demo.callAs("teacher", () -> source.todosFor(teacher, java.util.Locale.CHINA, 50)))
			.anySatisfy(todo -> {
				assertThat(todo.title()).contains(name);
				assertThat(todo.overdue()).isTrue();
				assertThat(todo.href()).isEqualTo("/care/pupils/" + student);
			});
	}

	@Test
	void aTeacherNeitherPairsNorFlagsAndAnotherClassesHeadTeacherManagesNothingHere() {
		long student = studentOfTheClass(4);
		assertThatThrownBy(
				() -> demo.runAs("teacher", () -> care.flag(student, new FlagStudent(RiskFlag.ACADEMIC, ""))))
			.isInstanceOf(cn.xiaoan.shared.AccessDenied.class);
		assertThatThrownBy(() -> demo.runAs("teacher", () -> care.pair(student, new PairStudent(staffOf("teacher")))))
			.isInstanceOf(cn.xiaoan.shared.AccessDenied.class);
		assertThatThrownBy(() -> demo.runAs("principal2", () -> care.pair(student, new PairStudent(1L))))
			.isInstanceOf(cn.xiaoan.shared.NotFound.class);
	}

	@Test
	void aVisitWithoutContentInTheFutureOrWithAFollowUpBeforeItIsRefusedFieldByField() throws Exception {
		long student = studentOfTheClass(5);
		mvc.perform(post("/api/v1/care/pupils/{id}/visits", student).with(demo.as("headteacher"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"visitDate":"%s","form":"HOME_VISIT","thinking":"","nextFollowUp":"%s"}"""
				.formatted(LocalDate.now().plusDays(2), LocalDate.now().plusDays(1))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.thinking").exists())
			.andExpect(jsonPath("$.errors.visitDate").exists())
			.andExpect(jsonPath("$.errors.nextFollowUp").exists());
		mvc.perform(post("/api/v1/care/pupils/{id}/visits", student).with(demo.as("headteacher"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"visitDate\":\"2026-13-40\",\"form\":\"NOPE\",\"thinking\":\"" + "长".repeat(1200) + "\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/care/pupils/{id}/visits", student).with(demo.as("headteacher"))
			.with(csrf())
			.param("visitDate", LocalDate.now().toString())
			.param("form", "TALK")
			.header("Referer", "http://localhost/care/pupils/" + student))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getFlashMap().get("fieldErrors"))
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.containsKey("thinking"));
	}

}
