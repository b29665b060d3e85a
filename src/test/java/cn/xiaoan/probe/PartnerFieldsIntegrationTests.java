package cn.xiaoan.probe;

import java.time.LocalDate;

import java.util.List;

import cn.xiaoan.inspection.Cadence;
import cn.xiaoan.inspection.InspectionManagement;
import cn.xiaoan.inspection.NewPlan;
import cn.xiaoan.shared.Role;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.Images;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A partner department reads the hazards, inspections and photos granted to it without
 * the names of the staff behind them (reporter, responsible person, inspector, signer),
 * and no photo at all without the hazards (issue 9).
 */
@PlatformTest
class PartnerFieldsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	InspectionManagement inspections;

	/** A 藤县 police liaison granted the schools and the hazard ledger. */
	private String hazardPartner() {
		demo.jdbc().sql("""
				insert into people.account (username, password_hash, display_name, role, region_code, data_kinds)
				select 'police_hazards', password_hash, '隐患共享民警', 'POLICE_LIAISON', '450422', 'SCHOOL_BASIC,HAZARDS'
				from people.account where username = 'police' on conflict (username) do nothing""").update();
		return "police_hazards";
	}

	private String body(String url, String user) throws Exception {
		return mvc.perform(get(url).with(demo.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** A hazard of the demo school reported by the teacher. */
	private long report(String title) throws Exception {
		String json = mvc
			.perform(post("/api/v1/hazards").contentType(MediaType.APPLICATION_JSON)
				.content("{\"schoolId\":" + demo.schoolOf("principal") + ",\"title\":\"" + title
						+ "\",\"category\":\"BUILDINGS\",\"suggestedGrade\":\"GENERAL\"}")
				.with(demo.as("teacher"))
				.with(csrf()))
			.andExpect(status().is2xxSuccessful())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(json.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
	}

	private long libraryItem() {
		return demo.jdbc()
			.sql("select id from inspection.checklist_item where region_code = '' order by id limit 1")
			.query(Long.class)
			.single();
	}

	@Test
	void aPartnerReadsHazardsWithoutStaffNames() throws Exception {
		String partner = hazardPartner();
		long school = demo.schoolOf("principal");
		String reporter = demo.jdbc()
			.sql("select display_name from people.account where username = 'teacher'")
			.query(String.class)
			.single();
		String responsible = "负责人" + System.nanoTime() % 100000;
		long id = report("共享字段测试");
		mvc.perform(post("/api/v1/hazards/{id}/register", id).with(demo.as("safety")).with(csrf()));
		mvc.perform(post("/api/v1/hazards/{id}/grade", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"grade\":\"GENERAL\"}")
			.with(demo.as("safety"))
			.with(csrf()));
		mvc.perform(put("/api/v1/hazards/{id}/plan", id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"responsiblePerson\":\"" + responsible + "\",\"measures\":\"修理\",\"fundsYuan\":10,"
					+ "\"deadline\":\"" + LocalDate.now().plusDays(5) + "\",\"contingencyPlan\":\"围挡\"}")
			.with(demo.as("safety"))
			.with(csrf())).andExpect(status().is2xxSuccessful());
		assertThat(body("/hazards/" + id, "tx_safety")).contains(reporter, responsible);
		for (String url : new String[] { "/api/v1/hazards/" + id, "/hazards/" + id,
				"/api/v1/hazards?schoolId=" + school, "/hazards?schoolId=" + school }) {
			assertThat(body(url, partner)).as(url).contains("共享字段测试").doesNotContain(reporter, responsible);
		}
	}

	@Test
	void aPartnerReadsInspectionsWithoutTheInspectorsNames() throws Exception {
		long plan = demo
			.callAs("safety",
					() -> inspections.createPlan(new NewPlan("共享字段检查" + System.nanoTime() % 100000, Cadence.ONE_OFF,
							List.of(), List.of(libraryItem()), Role.SCHOOL_SAFETY_OFFICER, false, List.of())))
			.id();
		long task = demo.jdbc()
			.sql("select id from inspection.task where plan_id = :p")
			.param("p", plan)
			.query(Long.class)
			.single();
		String signer = "签字人" + System.nanoTime() % 100000;
		demo.jdbc()
			.sql("update inspection.task set signed_name = :n, signed_username = 'signer_probe' where id = :t")
			.param("n", signer)
			.param("t", task)
			.update();
		assertThat(body("/api/v1/inspections/tasks/" + task, "tx_safety")).contains(signer);
		for (String user : new String[] { "police", hazardPartner() }) {
			for (String url : new String[] { "/api/v1/inspections/tasks/" + task, "/inspections/tasks/" + task }) {
				assertThat(body(url, user)).as(user + " " + url).doesNotContain(signer, "signer_probe");
			}
		}
	}

	@Test
	void aPartnerWithoutTheHazardsSeesNoHazardPhoto() throws Exception {
		long hazard = report("照片共享测试");
		mvc.perform(multipart("/hazards/{id}/photos", hazard)
			.file(new MockMultipartFile("photo", "p.png", "image/png", Images.png(64, 48)))
			.param("kind", "FOUND")
			.with(demo.as("safety"))
			.with(csrf()));
		String file = demo.jdbc()
			.sql("select file_id::text from hazard.photo where hazard_id = :h order by id desc limit 1")
			.param("h", hazard)
			.query(String.class)
			.single();
		mvc.perform(get("/files/" + file).with(demo.as("tx_safety"))).andExpect(status().isOk());
		mvc.perform(get("/files/" + file).with(demo.as(hazardPartner()))).andExpect(status().isOk());
		mvc.perform(get("/files/" + file).with(demo.as("police"))).andExpect(status().isNotFound());
	}

}
