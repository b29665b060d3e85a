package cn.xiaoan.people;

import java.util.List;

import cn.xiaoan.org.SchoolClass;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.RefusedForms;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Onboarding a school year at the two 师宗县 schools other tests leave alone (principal2's
 * school is the first of the county and stays as it is).
 */
@PlatformTest
class SchoolYearOnboardingIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	SchoolYearOnboarding onboarding;

	@Autowired
	PeopleManagement people;

	@Autowired
	SchoolStructure structure;

	@Autowired
	MockMvc mvc;

	private long school(int index) {
		long principal2 = demo.schoolOf("principal2");
		return demo.schoolsIn("530323").stream().filter(id -> id != principal2).toList().get(index);
	}

	private List<Long> activeStudentsOf(List<Long> classIds) {
		return demo.jdbc()
			.sql("select id from people.student where class_id = any(:c) and graduated_in is null order by id")
			.param("c", classIds.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	@Test
	void everyClassMovesUpTheTopGradeGraduatesAndANewFirstGradeOpensOnceASchoolYear() {
		long school = school(0);
		List<SchoolClass> before = structure.classesOf(school);
		SchoolYearOutcome preview = demo.callAs("sz_admin", () -> onboarding.preview(school));
		List<Long> graduates = activeStudentsOf(preview.graduating().classIds());
		assertThat(graduates).isNotEmpty();
		assertThat(preview.promotedClasses() + preview.graduatingClasses()).isEqualTo(before.size());
		assertThat(preview.graduatingStudents()).isEqualTo(graduates.size());
		assertThat(preview.applied()).isFalse();
		assertThat(structure.classesOf(school)).isEqualTo(before);

		SchoolYearOutcome done = demo.callAs("sz_admin",
				() -> onboarding.advance(school, new AdvanceSchoolYear(false, 3)));
		assertThat(done.applied()).isTrue();
		assertThat(done.graduatingStudents()).isEqualTo(graduates.size());

		// a class keeps its id and students and takes the next grade's name
		SchoolClass first = before.get(0);
		String secondGrade = preview.steps().get(0).to();
		assertThat(structure.schoolClass(first.id()).orElseThrow().gradeName()).isEqualTo(secondGrade);
		List<SchoolClass> after = structure.classesOf(school);
		assertThat(after).extracting(SchoolClass::id).doesNotContainAnyElementsOf(preview.graduating().classIds());
		assertThat(after.stream().filter(c -> c.gradeName().equals(first.gradeName())).map(SchoolClass::name))
			.containsExactly("1班", "2班", "3班");
		// graduates leave the lists, keep their records, and can no longer sign in
		assertThat(activeStudentsOf(preview.graduating().classIds())).isEmpty();
		long total = demo.callAs("sz_admin", () -> people.students(school, null, "", 0)).total();
		assertThat(total).isEqualTo(demo.jdbc()
			.sql("select count(*) from people.student where school_id = :s and graduated_in is null")
			.param("s", school)
			.query(Long.class)
			.single());
		assertThat(demo.callAs("sz_admin", () -> people.student(graduates.get(0))).student().id())
			.isEqualTo(graduates.get(0));
		assertThat(demo.jdbc()
			.sql("select count(*) from people.account where role = 'STUDENT' and person_id = any(:ids) and enabled")
			.param("ids", graduates.toArray(Long[]::new))
			.query(Integer.class)
			.single()).isZero();
		assertThat(demo.jdbc()
			.sql("select count(*) from audit.entry where entity_type in ('school_year', 'graduation') and school_id = :s")
			.param("s", school)
			.query(Integer.class)
			.single()).isEqualTo(2);

		// running it again in the same school year changes nothing
		SchoolYearOutcome again = demo.callAs("sz_admin",
				() -> onboarding.advance(school, new AdvanceSchoolYear(false, 3)));
		assertThat(again.applied()).isFalse();
		assertThat(again.alreadyAdvanced()).isTrue();
		assertThat(structure.classesOf(school)).isEqualTo(after);
		assertThat(structure.schoolClass(first.id()).orElseThrow().gradeName()).isEqualTo(secondGrade);
	}

	@Test
	void onlyThePrincipalOrABureauAdminInScopeMayOnboardASchoolYear() {
		long school = school(1);
		assertThatThrownBy(() -> demo.runAs("tx_admin", () -> onboarding.preview(school))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.runAs("principal2", () -> onboarding.preview(school)))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.runAs("sz_safety", () -> onboarding.preview(school)))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> demo.runAs("teacher", () -> onboarding.preview(demo.schoolOf("teacher"))))
			.isInstanceOf(AccessDenied.class);
	}

	@Test
	void theApiPreviewsByDefaultAndRefusesBadInputAndForeignSchools() throws Exception {
		long school = school(1);
		mvc.perform(post("/api/v1/schools/{id}/school-year/advance", school).with(demo.as("sz_admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"newClasses\": 2}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applied").value(false))
			.andExpect(jsonPath("$.newClasses").value(2));
		mvc.perform(post("/api/v1/schools/{id}/school-year/advance", school).with(demo.as("sz_admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"dryRun\": false, \"newClasses\": 99}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.newClasses").exists());
		mvc.perform(post("/api/v1/schools/{id}/school-year/advance", school).with(demo.as("tx_admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"dryRun\": false}")).andExpect(status().isNotFound());
	}

	@Test
	void thePageShowsThePreviewAndRefusesAnUnconfirmedAdvance() throws Exception {
		long school = school(1);
		SchoolYearOutcome preview = demo.callAs("sz_admin", () -> onboarding.preview(school));
		mvc.perform(get("/schools/{id}/school-year", school).with(demo.as("sz_admin")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"将升级 %d 个班，毕业 %d 名学生".formatted(preview.promotedClasses(), preview.graduatingStudents()))));
		String page = RefusedForms.shownAfter(mvc, demo.as("sz_admin"), "/schools/" + school + "/school-year",
				post("/schools/{id}/school-year", school).param("newClasses", "2"));
		assertThat(page).contains("请勾选确认后再升级");
		assertThat(demo.callAs("sz_admin", () -> onboarding.preview(school)).alreadyAdvanced()).isFalse();
	}

}
