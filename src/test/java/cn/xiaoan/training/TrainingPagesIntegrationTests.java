package cn.xiaoan.training;

import java.time.LocalDate;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.RefusedForms;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The training pages: a refused form comes back with every error and what was typed. */
@PlatformTest
class TrainingPagesIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	TrainingManagement training;

	@Autowired
	TrainingBookings bookings;

	@Test
	void aRefusedSessionComesBackWithEveryErrorAndWhatWasTyped() throws Exception {
		TrainingFixture fixture = new TrainingFixture(demo, training, bookings);
		TrainingSession session = fixture.session(40);
		String base = "/training/bases/" + fixture.countyBase();
		String page = RefusedForms.shownAfter(mvc, demo.as("tx_safety"), base,
				post(base + "/sessions").param("courseId", "" + session.courseId())
					.param("day", LocalDate.now().toString())
					.param("startsAt", "10:00")
					.param("endsAt", "09:30")
					.param("capacity", "9999")
					.param("location", "留下的场馆")
					.param("instructor", "留下的教官"));
		assertThat(page).contains("value=\"留下的场馆\"", "value=\"留下的教官\"", "value=\"10:00\"", "value=\"09:30\"",
				"value=\"9999\"", "value=\"" + LocalDate.now() + "\"");
		assertThat(page).containsPattern("<option value=\"" + session.courseId() + "\"\\s+selected");
		// day, end time and capacity, each under its field
		assertThat(page.split("class=\"invalid-feedback\"")).hasSize(4);
		assertThat(page).contains("场次日期须晚于今天", "结束时间须晚于开始时间", "数值超出允许范围");
	}

	@Test
	void aRefusedCourseComesBackWithEveryErrorAndWhatWasTyped() throws Exception {
		String base = "/training/bases/" + new TrainingFixture(demo, training, bookings).countyBase();
		String page = RefusedForms.shownAfter(mvc, demo.as("tx_safety"), base,
				post(base + "/courses").param("title", "")
					.param("topic", "DROWNING")
					.param("gradeBand", "ALL")
					.param("description", "")
					.param("durationMinutes", "5")
					.param("defaultCapacity", "33"));
		assertThat(page).containsPattern("<option value=\"DROWNING\"\\s+selected")
			.contains("value=\"33\"", "value=\"5\"");
		// title, description and duration
		assertThat(page.split("class=\"invalid-feedback\"")).hasSize(4);
	}

	@Test
	void aRefusedBookingKeepsTheHeadCountAndNamesEveryError() throws Exception {
		TrainingSession session = new TrainingFixture(demo, training, bookings).session(40);
		String form = "/training/sessions/" + session.id();
		String page = RefusedForms.shownAfter(mvc, demo.as("principal"), form,
				post(form + "/bookings").param("mode", "count")
					.param("students", "0")
					.param("leadTeacher", "")
					.param("phone", "13907740009"));
		assertThat(page).containsPattern("id=\"mode-count\"[^>]*checked").contains("value=\"13907740009\"");
		// students and lead teacher
		assertThat(page.split("class=\"invalid-feedback\"")).hasSize(3);

		page = RefusedForms.shownAfter(mvc, demo.as("principal"), form,
				post(form + "/bookings").param("mode", "class").param("leadTeacher", "留下的老师"));
		assertThat(page).containsPattern("id=\"mode-class\"[^>]*checked").contains("value=\"留下的老师\"");
		assertThat(page).containsPattern("is-invalid\"\\s+id=\"classId\"");
	}

}
