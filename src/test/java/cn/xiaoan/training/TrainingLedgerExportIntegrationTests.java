package cn.xiaoan.training;

import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.Sheets;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformTest
class TrainingLedgerExportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	TrainingManagement training;

	@Autowired
	TrainingBookings bookings;

	@Test
	void theBookingsExportWithBaseCourseTimeSchoolClassHeadcountAndAttendance() throws Exception {
		TrainingFixture fixture = new TrainingFixture(demo, training, bookings);
		TrainingSession session = fixture.session(60);
		long classId = fixture.firstClassOf(demo.schoolOf("principal"));
		Booking booking = demo.callAs("principal",
				() -> bookings.book(session.id(), new BookSession(null, classId, null, "王老师", "")));
		List<List<String>> rows = Sheets
			.exported(mvc.perform(get("/training/bookings/export").param("base", String.valueOf(fixture.countyBase()))
				.with(demo.as("tx_safety"))).andExpect(status().isOk()).andReturn().getResponse(), "实训预约台账-");
		assertThat(rows.get(0)).containsExactly("实训基地", "课程", "场次日期", "开始时间", "结束时间", "学校", "班级", "带队教师", "预约人数",
				"签到人数", "状态", "预约时间");
		List<String> row = rows.stream()
			.filter(r -> r.get(1).equals(session.courseTitle()) && r.get(2).equals(session.day().toString()))
			.findFirst()
			.orElseThrow();
		assertThat(row.get(0)).isEqualTo(session.baseName());
		assertThat(row.get(5)).isEqualTo(booking.schoolName());
		assertThat(row.get(6)).isEqualTo(booking.className());
		assertThat(row.get(8)).isEqualTo(String.valueOf(booking.students()));
		assertThat(row.get(10)).isEqualTo("已预约");
		// The school sees its own bookings, and the same rows.
		assertThat(Sheets.exported(mvc.perform(get("/training/bookings/export").with(demo.as("principal")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse(), "实训预约台账-")).contains(row);
	}

	@Test
	void anotherBureausBaseIsNotFoundAndATeacherMayNotExport() throws Exception {
		long base = new TrainingFixture(demo, training, bookings).countyBase();
		mvc.perform(get("/training/bookings/export").param("base", String.valueOf(base)).with(demo.as("cw_safety")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/training/bookings/export").with(demo.as("teacher"))).andExpect(status().isForbidden());
	}

}
