package cn.xiaoan.training;

import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.RefusedForms;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The training screens say what happened: a refused booking names the places left and the
 * class size, lists of bookings name what was booked, and students and parents find their
 * certificates under 我的信息.
 */
@PlatformTest
class TrainingScreensIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	TrainingManagement training;

	@Autowired
	TrainingBookings bookings;

	private TrainingFixture fixture() {
		return new TrainingFixture(demo, training, bookings);
	}

	private int classSize(long classId) {
		return demo.jdbc()
			.sql("select count(*) from people.student where class_id = :c")
			.param("c", classId)
			.query(Integer.class)
			.single();
	}

	@Test
	void aClassLargerThanThePlacesLeftIsToldThePlacesLeftAndItsSize() throws Exception {
		TrainingSession session = fixture().session(10);
		long classId = fixture().firstClassOf(demo.schoolOf("principal"));
		String form = "/training/sessions/" + session.id();
		String page = RefusedForms.shownAfter(mvc, demo.as("principal"), form,
				post(form + "/bookings").param("mode", "class")
					.param("classId", "" + classId)
					.param("leadTeacher", "王老师"));
		assertThat(page).contains("本场剩余 10 个名额，您选择的班级有 " + classSize(classId) + " 人").doesNotContain("其他学校");
	}

	@Test
	void theOverCapacityMessageSaysHowManyPlacesOtherBookingsTook() throws Exception {
		TrainingSession session = fixture().session(10);
		fixture().asPrincipalOf(fixture().neighbour(),
				() -> bookings.book(session.id(), new BookSession(null, null, 4, "覃老师", "")));
		long classId = fixture().firstClassOf(demo.schoolOf("principal"));
		String form = "/training/sessions/" + session.id();
		String page = RefusedForms.shownAfter(mvc, demo.as("principal"), form,
				post(form + "/bookings").param("mode", "class")
					.param("classId", "" + classId)
					.param("leadTeacher", "王老师"));
		assertThat(page).contains("本场剩余 6 个名额，您选择的班级有 " + classSize(classId) + " 人（本场共 10 个名额，已有预约占用 4 个）");
	}

	@Test
	void bookingListsShowCourseSessionTimeAndBase() throws Exception {
		TrainingSession session = fixture().session(200);
		long classId = fixture().firstClassOf(demo.schoolOf("principal"));
		demo.callAs("principal", () -> bookings.book(session.id(), new BookSession(null, classId, null, "王老师", "")));
		String when = session.day().format(DateTimeFormatter.ISO_LOCAL_DATE) + " 09:00–10:00";
		for (String page : List.of("/training/bookings", "/training", "/training/sessions/" + session.id())) {
			String html = mvc.perform(get(page).with(demo.as("principal")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(page)
				.contains("xa-cards", session.courseTitle(), when, session.baseName(), "预约人数", "已预约");
		}
	}

	/** A completed session the demo student's class attended, with its certificates. */
	private TrainingSession certified() {
		TrainingFixture fixture = fixture();
		TrainingSession session = fixture.session(200);
		long classId = demo.jdbc()
			.sql("select s.class_id from people.student s join people.account a on a.person_id = s.id"
					+ " where a.username = 'student' and a.role = 'STUDENT'")
			.query(Long.class)
			.single();
		Booking booking = demo.callAs("principal",
				() -> bookings.book(session.id(), new BookSession(null, classId, null, "王老师", "")));
		fixture.arrive(session.id());
		List<Long> present = demo.callAs("tx_safety", () -> bookings.booking(booking.id()))
			.attendees()
			.stream()
			.map(Attendee::id)
			.toList();
		demo.callAs("tx_safety",
				() -> bookings.recordAttendance(booking.id(), new RecordAttendance(present, null, null)));
		// as it is now: on today, completed
		return demo.callAs("tx_safety", () -> training.complete(session.id()));
	}

	private long studentId() {
		return demo.jdbc()
			.sql("select person_id from people.account where username = 'student'")
			.query(Long.class)
			.single();
	}

	private String certificateNumber(long studentId, long sessionId) {
		return demo.jdbc()
			.sql("""
					select a.certificate_no from training.attendee a join training.booking b on b.id = a.booking_id
					where a.student_id = :s and b.session_id = :x""")
			.param("s", studentId)
			.param("x", sessionId)
			.query(String.class)
			.single();
	}

	@Test
	void studentSeesOwnCertificateUnderMyInformation() throws Exception {
		TrainingSession session = certified();
		long student = studentId();
		String list = "/training/students/" + student + "/certificates";
		mvc.perform(get("/me").with(demo.as("student")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("hx-get=\"" + list + "\"")));
		String number = certificateNumber(student, session.id());
		mvc.perform(get(list).with(demo.as("student")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.stringContainsInOrder(session.courseTitle(),
					session.day().toString(), session.baseName(), list + "/" + number + ".pdf")));
		mvc.perform(get(list + "/" + number + ".pdf").with(demo.as("student")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
	}

	@Test
	void parentSeesChildCertificate() throws Exception {
		TrainingSession session = certified();
		long child = demo.studentOf("parent");
		assertThat(child).as("the demo parent's child is the demo student").isEqualTo(studentId());
		String list = "/training/students/" + child + "/certificates";
		mvc.perform(get("/me").with(demo.as("parent")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("hx-get=\"" + list + "\"")));
		mvc.perform(get(list).with(demo.as("parent")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(session.courseTitle())));
		mvc.perform(get("/api/v1" + list).with(demo.as("parent")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(certificateNumber(child, session.id()))));
		mvc.perform(get(list + "/" + certificateNumber(child, session.id()) + ".pdf").with(demo.as("parent")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
	}

	@Test
	void anotherStudentsCertificateIsRefused() throws Exception {
		TrainingSession session = certified();
		long classmate = demo.jdbc()
			.sql("""
					select a.student_id from training.attendee a join training.booking b on b.id = a.booking_id
					where b.session_id = :x and a.student_id <> :s and a.certificate_no is not null limit 1""")
			.param("x", session.id())
			.param("s", studentId())
			.query(Long.class)
			.single();
		String list = "/training/students/" + classmate + "/certificates";
		mvc.perform(get(list).with(demo.as("student"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1" + list).with(demo.as("student"))).andExpect(status().isNotFound());
		mvc.perform(get(list).with(demo.as("parent"))).andExpect(status().isNotFound());
		mvc.perform(get(list + "/" + certificateNumber(classmate, session.id()) + ".pdf").with(demo.as("student")))
			.andExpect(status().isNotFound());
		// nor the student's own certificate under another number
		mvc.perform(get("/training/students/" + studentId() + "/certificates/"
				+ certificateNumber(classmate, session.id()) + ".pdf")
			.with(demo.as("student"))).andExpect(status().isNotFound());
	}

}
