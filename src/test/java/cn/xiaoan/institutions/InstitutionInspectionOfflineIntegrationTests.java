package cn.xiaoan.institutions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The institution inspection form sent from a phone's queue (ADR 0048) against the demo's
 * real PostgreSQL: the first arrival records the inspection and its consequences (201), a
 * resend of the same client id answers the same inspection (200) even though the
 * institution is now rectifying, and nothing is recorded twice; another county's
 * institution is not found, a school's principal is refused, another person's id is not
 * found, an id reused for another institution and a missing id are field errors.
 */
@PlatformTest
class InstitutionInspectionOfflineIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	InstitutionsManagement institutions;

	private long register(String user, String township) {
		String name = "离线检查机构" + System.nanoTime() % 100000;
		return demo.callAs(user,
				() -> institutions
					.register(new RegisterInstitution(township, name, "证" + name, "", "测试路2号", List.of(Subject.ARTS),
							50, "张三", "13800000000", null, null))
					.id());
	}

	/** The form's own fields, the first item failed: a rectification by the default. */
	private MockMultipartHttpServletRequestBuilder form(long institution, String clientId) {
		List<CheckItem> items = demo.callAs("tx_safety", () -> institutions.checklist());
		MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/institutions/{id}/inspections/offline",
				institution);
		request.file(new MockMultipartFile("photo-" + items.get(0).id(), "fire.png", "image/png",
				cn.xiaoan.support.Images.png(40, 30)));
		for (int i = 0; i < items.size(); i++) {
			request.param("answer-" + items.get(i).id(), i == 0 ? "fail" : "pass");
			request.param("note-" + items.get(i).id(), i == 0 ? "灭火器过期" : "");
		}
		return (MockMultipartHttpServletRequestBuilder) request.param("clientId", clientId)
			.param("inspectedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())
			.param("outcome", "RECTIFY");
	}

	private int inspections(long institution) {
		return demo.callAs("tx_safety", () -> institutions.detail(institution)).inspections().size();
	}

	@Test
	void aResentInspectionIsRecordedOnceAndAnsweredWithTheSameRecord() throws Exception {
		long own = register("tzz_safety", "450422100");
		String clientId = UUID.randomUUID().toString();
		String first = mvc.perform(form(own, clientId).with(demo.as("tzz_safety")).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.outcome").value("RECTIFY"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(first, "$.id");
		assertThat((String) JsonPath.read(first, "$.items[0].photo")).isNotBlank();
		mvc.perform(form(own, clientId).with(demo.as("tzz_safety")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id));
		assertThat(inspections(own)).isEqualTo(1);
		assertThat(demo.callAs("tzz_safety", () -> institutions.detail(own)).summary().status())
			.isEqualTo(InstitutionStatus.RECTIFYING);
		// another person's id is not found; the same id for another institution is a
		// mistake
		mvc.perform(form(own, clientId).with(demo.as("tx_safety")).with(csrf())).andExpect(status().isNotFound());
		long second = register("tzz_safety", "450422100");
		mvc.perform(form(second, clientId).with(demo.as("tzz_safety")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.clientId").exists());
		assertThat(inspections(second)).isZero();
	}

	@Test
	void anotherCountysInstitutionIsNotFoundAndASchoolIsRefused() throws Exception {
		long elsewhere = register("admin", "450421100");
		long own = register("tzz_safety", "450422100");
		mvc.perform(form(elsewhere, UUID.randomUUID().toString()).with(demo.as("tx_safety")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(form(own, UUID.randomUUID().toString()).with(demo.as("principal")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(form(own, "not-an-id").with(demo.as("tzz_safety")).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.clientId").exists());
		assertThat(demo.callAs("admin", () -> institutions.detail(elsewhere)).inspections()).isEmpty();
		assertThat(inspections(own)).isZero();
		mvc.perform(get("/institutions/offline-sw.js").with(demo.as("teacher"))).andExpect(status().isForbidden());
		mvc.perform(get("/institutions/{id}/inspect", own).with(demo.as("tzz_safety")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("/institutions/" + own + "/inspect /css/app.css")));
	}

}
