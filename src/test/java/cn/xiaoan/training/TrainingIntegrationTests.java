package cn.xiaoan.training;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.support.Concurrently;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
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
 * Capacity under concurrency, cancellation, attendance and certificates of the 藤县 base.
 */
@PlatformTest
class TrainingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	TrainingManagement training;

	@Autowired
	TrainingBookings bookings;

	TrainingFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new TrainingFixture(demo, training, bookings);
	}

	@Test
	void twoSchoolsRacingForTheLastPlacesOneWinsTheOtherIsToldInChinese() throws Exception {
		TrainingSession session = fixture.session(30);
		long own = demo.schoolOf("principal");
		long neighbour = fixture.neighbour();
		demo.callAs("principal", () -> bookings.book(session.id(), new BookSession(null, null, 20, "王老师", "")));
		List<Object> outcomes = Concurrently.run(() -> attempt(own, session.id()),
				() -> attempt(neighbour, session.id()));
		assertThat(outcomes).filteredOn(Booking.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(o -> "training.error.full.count.others".equals(o)).hasSize(1);
		assertThat(demo.callAs("tx_safety", () -> training.session(session.id())).booked()).isEqualTo(30);

		mvc.perform(post("/api/v1/training/sessions/{id}/bookings", session.id()).with(demo.as("principal"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"students\":1,\"leadTeacher\":\"王老师\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.students").value(org.hamcrest.Matchers.startsWith("名额不足")));
	}

	private Object attempt(long school, long session) {
		return fixture.asPrincipalOf(school, () -> {
			try {
				return bookings.book(session, new BookSession(null, null, 10, "李老师", ""));
			}
			catch (BusinessRuleViolation ex) {
				return ex.fieldErrors().get("students");
			}
		});
	}

	@Test
	void aBookingIsCancelledUpToTheDayBeforeAndItsPlacesFreed() throws Exception {
		TrainingSession session = fixture.session(60);
		long classId = fixture.firstClassOf(demo.schoolOf("principal"));
		Booking booking = demo.callAs("principal",
				() -> bookings.book(session.id(), new BookSession(null, classId, null, "王老师", "")));
		assertThat(booking.students()).isPositive();
		assertThat(demo.callAs("principal", () -> bookings.booking(booking.id()).cancellable())).isTrue();
		assertThatThrownBy(() -> demo.callAs("principal",
				() -> bookings.book(session.id(), new BookSession(null, classId, null, "王老师", ""))))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.fieldErrors()).containsEntry("classId", "training.error.class.booked"));
		Booking cancelled = demo.callAs("principal", () -> bookings.cancel(booking.id()));
		assertThat(cancelled.status()).isEqualTo(Booking.Status.CANCELLED);
		assertThat(demo.callAs("principal", () -> training.session(session.id())).booked()).isZero();
		mvc.perform(post("/api/v1/training/bookings/{id}/cancellation", booking.id()).with(demo.as("principal"))
			.with(csrf())).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.booking").exists());

		// The class may book again; on the session's day it can no longer cancel.
		Booking again = demo.callAs("principal",
				() -> bookings.book(session.id(), new BookSession(null, classId, null, "王老师", "")));
		fixture.arrive(session.id());
		mvc.perform(
				post("/api/v1/training/bookings/{id}/cancellation", again.id()).with(demo.as("principal")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.booking").value("场次当天及之后不能取消预约"));
		assertThatThrownBy(() -> demo.callAs("principal",
				() -> bookings.book(session.id(), new BookSession(null, null, 1, "王老师", ""))))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.fieldErrors()).containsEntry("sessionId", "training.error.closed"));
	}

	@Test
	void attendanceThenCompletionGivesCertificatesOfThoseWhoCame() throws Exception {
		TrainingSession session = fixture.session(120);
		long classId = fixture.firstClassOf(demo.schoolOf("principal"));
		Booking booking = demo.callAs("principal",
				() -> bookings.book(session.id(), new BookSession(null, classId, null, "王老师", "")));
		Booking counted = fixture.asPrincipalOf(fixture.neighbour(),
				() -> bookings.book(session.id(), new BookSession(null, null, 12, "李老师", "")));
		List<Attendee> roster = demo.callAs("tx_safety", () -> bookings.booking(booking.id()).attendees());
		assertThat(roster).hasSize(booking.students());
		List<Long> present = new ArrayList<>(roster.stream().map(Attendee::id).toList());
		Attendee absent = roster.get(1);
		present.remove(absent.id());
		RecordAttendance attendance = new RecordAttendance(present, null, null);
		assertThatThrownBy(() -> demo.callAs("tx_safety", () -> bookings.recordAttendance(booking.id(), attendance)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.fieldErrors()).containsEntry("session", "training.error.attendance.early"));

		fixture.arrive(session.id());
		assertThat(demo.callAs("tx_safety", () -> bookings.recordAttendance(booking.id(), attendance)).arrived())
			.isEqualTo(roster.size() - 1);
		mvc.perform(
				post("/api/v1/training/sessions/{id}/completion", session.id()).with(demo.as("tx_safety")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.bookings").exists());
		mvc.perform(get("/api/v1/training/bookings/{id}/certificates.pdf", booking.id()).with(demo.as("principal")))
			.andExpect(status().isBadRequest());
		demo.callAs("tx_safety",
				() -> bookings.recordAttendance(counted.id(), new RecordAttendance(null, 11, List.of("陈思远", "黄雨桐"))));
		demo.callAs("tx_safety", () -> training.complete(session.id()));

		byte[] pdf = mvc
			.perform(get("/training/bookings/{id}/certificates.pdf", booking.id()).with(demo.as("principal")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		java.nio.file.Files.write(java.nio.file.Path.of("target/training-certificates.pdf"), pdf);
		PdfReader reader = new PdfReader(pdf);
		assertThat(reader.getNumberOfPages()).isEqualTo(roster.size() - 1);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
		}
		String first = new PdfTextExtractor(reader).getTextFromPage(1);
		assertThat(first).contains("结业证书")
			.contains(roster.get(0).name() + " 同学")
			.contains("藤县中小学生安全教育实训基地")
			.contains(session.courseTitle())
			.contains("证书编号：450422-");
		for (Attendee a : roster) {
			if (a.id() != absent.id()) {
				assertThat(text).contains(a.name());
			}
		}
		List<Certificate> issued = demo.callAs("principal", () -> bookings.certificates(booking.id(), null));
		assertThat(issued).hasSize(roster.size() - 1)
			.extracting(Certificate::studentName)
			.doesNotContain(absent.name());
		String names = new PdfTextExtractor(new PdfReader(mvc
			.perform(get("/api/v1/training/bookings/{id}/certificates.pdf", counted.id()).with(demo.as("tx_safety")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray())).getTextFromPage(2);
		assertThat(names).contains("黄雨桐");
		// Attendance is closed once the session is completed.
		assertThatThrownBy(() -> demo.callAs("tx_safety", () -> bookings.recordAttendance(booking.id(), attendance)))
			.isInstanceOf(BusinessRuleViolation.class);
	}

}
