package cn.xiaoan.waters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.people.PeopleManagement;
import cn.xiaoan.people.StaffView;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff rescue-skill trainings (issue 14): a school's leaders record them, the share
 * counts the staff with a training whose certificate is valid today out of all staff, an
 * expired certificate counts for nothing; a teacher may not record, a head teacher reads
 * the own school only, another county's school does not exist.
 */
@PlatformTest
class RescueTrainingIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	RescueTrainingManagement trainings;

	@Autowired
	PeopleManagement people;

	@Test
	void theShareCountsStaffWithAValidCertificateAndNotThoseExpired() {
		long school = demo.schoolOf("principal");
		TrainingShare before = share("principal", school);
		List<Long> untrained = demo.callAs("principal", () -> trainings.staffOf(school))
			.stream()
			.filter(s -> !s.trained())
			.map(TrainedStaff::staffId)
			.limit(4)
			.toList();
		assertThat(untrained).hasSize(4);
		LocalDate today = LocalDate.now();

		record("principal", new RecordTraining(school, today.minusDays(3), TrainingKind.RESUSCITATION, "县红十字会",
				new BigDecimal("4"), "HZ-001", today.plusYears(2), List.of(untrained.get(0), untrained.get(1))));
		record("safety", new RecordTraining(school, today.minusYears(3), TrainingKind.DROWNING_RESCUE, "县消防救援大队",
				new BigDecimal("8"), null, today.minusDays(1), List.of(untrained.get(2))));
		record("safety", new RecordTraining(school, today.minusDays(1), TrainingKind.FIRST_AID, "校医",
				new BigDecimal("1.5"), null, null, List.of(untrained.get(3))));

		TrainingShare after = share("principal", school);
		int staff = demo.callAs("principal", () -> people.staff(school, null)).size();
		assertThat(after.staff()).isEqualTo(staff);
		assertThat(after.trained()).isEqualTo(before.trained() + 3);
		assertThat(after.percent()).isEqualTo(100.0 * (before.trained() + 3) / staff);
		List<TrainedStaff> list = demo.callAs("principal", () -> trainings.staffOf(school));
		assertThat(list.stream().filter(s -> s.staffId() == untrained.get(2)).findFirst().orElseThrow().trained())
			.as("the expired certificate counts for nothing")
			.isFalse();
		assertThat(list.stream().filter(s -> s.staffId() == untrained.get(0)).findFirst().orElseThrow().lastKind())
			.isEqualTo(TrainingKind.RESUSCITATION);
	}

	@Test
	void aTeacherCannotRecordAndAHeadTeacherReadsTheOwnSchoolOnly() throws Exception {
		long school = demo.schoolOf("principal");
		long other = demo.schoolOf("principal2");
		long staff = demo.callAs("principal", () -> people.staff(school, null)).get(0).id();
		RecordTraining training = new RecordTraining(school, LocalDate.now(), TrainingKind.RESUSCITATION, "x",
				BigDecimal.ONE, null, null, List.of(staff));

		assertThatThrownBy(() -> record("teacher", training)).isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> record("headteacher", training)).isInstanceOf(AccessDenied.class);
		mvc.perform(multipart("/waters/training").param("schoolId", String.valueOf(school))
			.param("trainedOn", LocalDate.now().toString())
			.param("kind", "RESUSCITATION")
			.param("trainer", "x")
			.param("hours", "1")
			.param("staffIds", String.valueOf(staff))
			.with(demo.as("teacher"))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/waters/training").with(demo.as("teacher"))).andExpect(status().isForbidden());

		mvc.perform(get("/waters/training/schools/{id}", school).with(demo.as("headteacher")))
			.andExpect(status().isOk());
		mvc.perform(get("/waters/training/schools/{id}", other).with(demo.as("headteacher")))
			.andExpect(status().isNotFound());
		assertThat(demo.callAs("headteacher", () -> trainings.shares())).extracting(TrainingShare::schoolId)
			.containsExactly(school);
		assertThat(demo.callAs("headteacher", () -> trainings.sharesOf(List.of(school, other))))
			.extracting(TrainingShare::schoolId)
			.containsExactly(school);
	}

	@Test
	void anotherCountysSchoolDoesNotExist() throws Exception {
		long school = demo.schoolOf("principal");
		long staff = demo.callAs("principal", () -> people.staff(school, null)).get(0).id();
		mvc.perform(get("/waters/training/schools/{id}", school).with(demo.as("principal2")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/waters/training/new").param("school", String.valueOf(school)).with(demo.as("tx_safety")))
			.andExpect(status().isOk());
		assertThatThrownBy(() -> record("principal2", new RecordTraining(school, LocalDate.now(),
				TrainingKind.RESUSCITATION, "x", BigDecimal.ONE, null, null, List.of(staff))))
			.isInstanceOf(NotFound.class);
		assertThat(demo.callAs("principal2", () -> trainings.records(null, 500)))
			.noneMatch(r -> r.schoolId() == school);
	}

	@Test
	void onlyTheSchoolsOwnStaffAndAPastDateAreAccepted() throws Exception {
		long school = demo.schoolOf("principal");
		long otherSchool = demo.schoolOf("principal2");
		long stranger = demo.callAs("principal2", () -> people.staff(otherSchool, null))
			.stream()
			.map(StaffView::id)
			.findFirst()
			.orElseThrow();
		mvc.perform(multipart("/waters/training").param("schoolId", String.valueOf(school))
			.param("trainedOn", LocalDate.now().toString())
			.param("kind", "RESUSCITATION")
			.param("trainer", "x")
			.param("hours", "1")
			.param("staffIds", String.valueOf(stranger))
			.with(demo.as("principal"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("formErrors", List.of("所选人员不是该校教职工")));
		mvc.perform(multipart("/waters/training").param("schoolId", String.valueOf(school))
			.param("trainedOn", LocalDate.now().plusDays(2).toString())
			.param("kind", "RESUSCITATION")
			.param("trainer", "x")
			.param("hours", "1")
			.with(demo.as("principal"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("formErrors", List.of("培训日期不能晚于今天")));
	}

	@Test
	void theCountyReadsEverySchoolsShareAndExportsTheRecords() throws Exception {
		long school = demo.schoolOf("principal");
		List<TrainingShare> county = demo.callAs("tx_safety", () -> trainings.shares());
		assertThat(county).extracting(TrainingShare::schoolId).contains(school);
		mvc.perform(get("/waters/training").with(demo.as("tx_safety"))).andExpect(status().isOk());
		mvc.perform(get("/waters/training/export").with(demo.as("tx_safety"))).andExpect(status().isOk());
	}

	private TrainingShare share(String user, long school) {
		return demo.callAs(user, () -> trainings.sharesOf(List.of(school))).get(0);
	}

	private long record(String user, RecordTraining training) {
		return demo.callAs(user, () -> trainings.record(training, null, null));
	}

}
