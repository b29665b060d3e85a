package cn.xiaoan.inspection;

import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.Images;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The inspection task on a phone: 全部合格 for the rest, and a photo per failed item. */
@PlatformTest
class InspectionPhoneFormIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	InspectionManagement inspections;

	@Test
	void allPassMarksOnlyTheUnansweredItemsAndSavesNothing() throws Exception {
		InspectionFixture fixture = new InspectionFixture(demo, inspections);
		List<Long> items = fixture.items("FIRE", 3);
		long task = fixture.taskOf(fixture.safetyPlan("全部合格检查", Cadence.WEEKLY, items).id());

		String page = mvc
			.perform(post("/inspections/tasks/{id}", task).param("action", "all-pass")
				.param("result-" + items.get(0), "FAIL")
				.param("note-" + items.get(0), "灭火器压力不足")
				.param("result-" + items.get(1), "NOT_APPLICABLE")
				.with(demo.as("safety"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(checked(page, items.get(0))).isEqualTo("FAIL");
		assertThat(checked(page, items.get(1))).isEqualTo("NOT_APPLICABLE");
		assertThat(checked(page, items.get(2))).isEqualTo("PASS");
		assertThat(page).contains("灭火器压力不足").contains("已检查 3/3 项");
		assertThat(demo.jdbc()
			.sql("select status from inspection.task where id = :t")
			.param("t", task)
			.query(String.class)
			.single()).isEqualTo("OPEN");
	}

	@Test
	void aFailedItemsPhotoIsStoredWithTheHazardItOpens() throws Exception {
		InspectionFixture fixture = new InspectionFixture(demo, inspections);
		List<Long> items = fixture.items("FIRE", 2);
		long task = fixture.taskOf(fixture.safetyPlan("带照片的检查", Cadence.WEEKLY, items).id());

		mvc.perform(multipart("/inspections/tasks/{id}", task)
			.file(new MockMultipartFile("photo-" + items.get(0), "door.png", "image/png", Images.png(64, 48)))
			.file(new MockMultipartFile("photo-" + items.get(1), "", "application/octet-stream", new byte[0]))
			.param("result-" + items.get(0), "FAIL")
			.param("note-" + items.get(0), "安全出口被杂物堵塞")
			.param("result-" + items.get(1), "PASS")
			.param("confirmed", "true")
			.with(demo.as("safety"))
			.with(csrf())).andExpect(status().is3xxRedirection());

		Long hazard = demo.jdbc()
			.sql("select hazard_id from inspection.task_item where task_id = :t and item_id = :i")
			.param("t", task)
			.param("i", items.get(0))
			.query(Long.class)
			.single();
		assertThat(hazard).isNotNull();
		assertThat(demo.jdbc()
			.sql("select count(*) from hazard.photo where hazard_id = :h and kind = 'FOUND'")
			.param("h", hazard)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anUnsignedSubmissionIsRefusedInChineseAndKeepsTheTaskOpen() throws Exception {
		InspectionFixture fixture = new InspectionFixture(demo, inspections);
		List<Long> items = fixture.items("FIRE", 1);
		long task = fixture.taskOf(fixture.safetyPlan("未签字的检查", Cadence.WEEKLY, items).id());

		String page = mvc
			.perform(multipart("/inspections/tasks/{id}", task).param("result-" + items.get(0), "PASS")
				.with(demo.as("safety"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("请勾选“本人已如实检查并签字”");
		assertThat(demo.jdbc()
			.sql("select status from inspection.task where id = :t")
			.param("t", task)
			.query(String.class)
			.single()).isEqualTo("OPEN");
	}

	@Test
	void aPhotoThatIsNotAnImageRefusesTheSubmissionAtItsItem() throws Exception {
		InspectionFixture fixture = new InspectionFixture(demo, inspections);
		List<Long> items = fixture.items("FIRE", 1);
		long task = fixture.taskOf(fixture.safetyPlan("照片不是图片", Cadence.WEEKLY, items).id());

		String page = mvc
			.perform(multipart("/inspections/tasks/{id}", task)
				.file(new MockMultipartFile("photo-" + items.get(0), "notes.txt", "text/plain", "不是图片".getBytes()))
				.param("result-" + items.get(0), "FAIL")
				.param("note-" + items.get(0), "消防通道堵塞")
				.param("confirmed", "true")
				.with(demo.as("safety"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).containsPattern(
				"<input class=\"form-control is-invalid\" type=\"file\"[^>]*id=\"photo-" + items.get(0) + "\"");
		assertThat(fixture.hazardsOf(task)).isZero();
		assertThat(demo.jdbc()
			.sql("select status from inspection.task where id = :t")
			.param("t", task)
			.query(String.class)
			.single()).isEqualTo("OPEN");
	}

	/** The result whose radio button of the item is checked. */
	private static String checked(String page, long item) {
		var m = java.util.regex.Pattern
			.compile("<input[^>]*name=\"result-" + item + "\"[^>]*value=\"([A-Z_]+)\"[^>]*checked")
			.matcher(page);
		return m.find() ? m.group(1) : null;
	}

}
