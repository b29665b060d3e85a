package cn.xiaoan.training;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every training endpoint of 藤县's base and of a 藤县 school's booking refuses another
 * province's school and bureau and a neighbouring county's bureau; a school cannot run a
 * base, book for another school's class or for another school.
 */
@PlatformTest
class TrainingScopeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	TrainingManagement training;

	@Autowired
	TrainingBookings bookings;

	@Test
	void otherTenantsAreRefusedEveryTrainingEndpointOfTengxian() throws Exception {
		TrainingFixture fixture = new TrainingFixture(demo, training, bookings);
		TrainingSession session = fixture.session(80);
		long classId = fixture.firstClassOf(demo.schoolOf("principal"));
		Booking booking = demo.callAs("principal",
				() -> bookings.book(session.id(), new BookSession(null, classId, null, "王老师", "")));
		long attendee = demo.callAs("principal", () -> bookings.booking(booking.id()).attendees().get(0).id());
		for (String user : new String[] { "principal2", "sz_admin", "cw_safety" }) {
			for (var probe : probes(fixture.countyBase(), session, booking.id(), attendee).entrySet()) {
				int status = mvc.perform(probe.getValue().with(demo.as(user)).with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(status).as(user + " → " + probe.getKey()).isIn(403, 404);
			}
		}
		// Roles without training rights, and a school trying to run the base.
		for (String user : new String[] { "teacher", "police" }) {
			mvc.perform(get("/api/v1/training/sessions").with(demo.as(user))).andExpect(status().isForbidden());
		}
		mvc.perform(post("/api/v1/training/bases/{id}/courses", fixture.countyBase()).with(demo.as("principal"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(course())).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/training/bookings/{id}/attendance", booking.id()).with(demo.as("principal"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"presentAttendeeIds\":[]}")).andExpect(status().isForbidden());
		// A bureau opening a base outside its region.
		mvc.perform(post("/api/v1/training/bases").with(demo.as("tx_safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"regionCode\":\"450421\",\"name\":\"苍梧县实训基地\"}")).andExpect(status().isForbidden());
		// Booking another school's class, or for another school.
		long otherClass = fixture.firstClassOf(fixture.neighbour());
		mvc.perform(post("/api/v1/training/sessions/{id}/bookings", session.id()).with(demo.as("principal"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"classId\":" + otherClass + ",\"leadTeacher\":\"王老师\"}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/training/sessions/{id}/bookings", session.id()).with(demo.as("principal"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolId\":" + fixture.neighbour() + ",\"students\":5,\"leadTeacher\":\"王老师\"}"))
			.andExpect(status().isNotFound());
		// The neighbouring school sees the session but not the booking of the demo
		// school.
		mvc.perform(get("/api/v1/training/sessions/{id}/bookings", session.id()).with(demo.as("tx_safety")))
			.andExpect(jsonPath("$.length()").value(1));
		org.assertj.core.api.Assertions
			.assertThat(fixture.asPrincipalOf(fixture.neighbour(), () -> bookings.bookings(session.id())))
			.isEmpty();
		// The city bureau sees the county's base and may run it.
		mvc.perform(get("/training/bookings/{id}", booking.id()).with(demo.as("wz_safety"))).andExpect(status().isOk());
	}

	@Test
	void badInputAnswers400WithFieldErrors() throws Exception {
		TrainingFixture fixture = new TrainingFixture(demo, training, bookings);
		mvc.perform(post("/api/v1/training/bases/{id}/courses", fixture.countyBase()).with(demo.as("tx_safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"\",\"durationMinutes\":5,\"defaultCapacity\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.title").value("必填"))
			.andExpect(jsonPath("$.errors.topic").exists())
			.andExpect(jsonPath("$.errors.durationMinutes").value("数值超出允许范围"))
			.andExpect(jsonPath("$.errors.defaultCapacity").exists());
		mvc.perform(post("/api/v1/training/bases/{id}/courses", fixture.countyBase()).with(demo.as("tx_safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"堃字课程\",\"topic\":\"FIRE\",\"description\":\"x\",\"durationMinutes\":60,"
					+ "\"gradeBand\":\"ALL\",\"defaultCapacity\":30}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.title").exists());
		long course = demo.callAs("tx_safety", () -> training.courses(fixture.countyBase()).get(0).id());
		mvc.perform(post("/api/v1/training/courses/{id}/sessions", course).with(demo.as("tx_safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"day\":\"2020-01-01\",\"startsAt\":\"10:00\",\"endsAt\":\"09:00\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.day").value("场次日期须晚于今天"))
			.andExpect(jsonPath("$.errors.endsAt").value("结束时间须晚于开始时间"));
		TrainingSession session = fixture.session(10);
		mvc.perform(post("/api/v1/training/sessions/{id}/bookings", session.id()).with(demo.as("principal"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"students\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.students").exists())
			.andExpect(jsonPath("$.errors.leadTeacher").value("必填"));
	}

	private static String course() {
		return "{\"title\":\"越权课程\",\"topic\":\"FIRE\",\"description\":\"x\",\"durationMinutes\":60,"
				+ "\"gradeBand\":\"ALL\",\"defaultCapacity\":30}";
	}

	private static Map<String, MockHttpServletRequestBuilder> probes(long base, TrainingSession session, long booking,
			long attendee) {
		String json = "{\"day\":\"2030-01-01\",\"startsAt\":\"09:00\",\"endsAt\":\"10:00\"}";
		Map<String, MockHttpServletRequestBuilder> p = new LinkedHashMap<>();
		p.put("page base", get("/training/bases/{id}", base));
		p.put("page add course", post("/training/bases/{id}/courses", base).param("title", "x"));
		p.put("page schedule", post("/training/bases/{id}/sessions", base).param("courseId", "" + session.courseId()));
		p.put("page session", get("/training/sessions/{id}", session.id()));
		p.put("page book",
				post("/training/sessions/{id}/bookings", session.id()).param("mode", "count")
					.param("students", "1")
					.param("leadTeacher", "x"));
		p.put("page complete", post("/training/sessions/{id}/completion", session.id()));
		p.put("page booking", get("/training/bookings/{id}", booking));
		p.put("page cancel", post("/training/bookings/{id}/cancellation", booking));
		p.put("page attendance", post("/training/bookings/{id}/attendance", booking).param("present", "" + attendee));
		p.put("page certificates", get("/training/bookings/{id}/certificates.pdf", booking));
		p.put("page certificate", get("/training/bookings/{id}/attendees/{a}/certificate.pdf", booking, attendee));
		p.put("api base", get("/api/v1/training/bases/{id}", base));
		p.put("api courses", get("/api/v1/training/bases/{id}/courses", base));
		p.put("api add course",
				post("/api/v1/training/bases/{id}/courses", base).contentType(MediaType.APPLICATION_JSON)
					.content(course()));
		p.put("api sessions of base", get("/api/v1/training/bases/{id}/sessions", base));
		p.put("api schedule",
				post("/api/v1/training/courses/{id}/sessions", session.courseId())
					.contentType(MediaType.APPLICATION_JSON)
					.content(json));
		p.put("api session", get("/api/v1/training/sessions/{id}", session.id()));
		p.put("api session bookings", get("/api/v1/training/sessions/{id}/bookings", session.id()));
		p.put("api book",
				post("/api/v1/training/sessions/{id}/bookings", session.id()).contentType(MediaType.APPLICATION_JSON)
					.content("{\"students\":1,\"leadTeacher\":\"x\"}"));
		p.put("api complete", post("/api/v1/training/sessions/{id}/completion", session.id()));
		p.put("api booking", get("/api/v1/training/bookings/{id}", booking));
		p.put("api cancel", post("/api/v1/training/bookings/{id}/cancellation", booking));
		p.put("api attendance",
				put("/api/v1/training/bookings/{id}/attendance", booking).contentType(MediaType.APPLICATION_JSON)
					.content("{\"presentAttendeeIds\":[" + attendee + "]}"));
		p.put("api certificates", get("/api/v1/training/bookings/{id}/certificates", booking));
		p.put("api certificates pdf", get("/api/v1/training/bookings/{id}/certificates.pdf", booking));
		return p;
	}

}
