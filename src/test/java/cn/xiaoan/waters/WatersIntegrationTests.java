package cn.xiaoan.waters;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The register's scope and the patrols' idempotence against the demo's real PostgreSQL: a
 * resent patrol is one record, another county's water does not exist for 藤县, a school
 * sees only the waters near it, a teacher reads but does not keep the register, and the
 * register comes out as a workbook.
 */
@PlatformTest
class WatersIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	WatersManagement waters;

	@Autowired
	PatrolManagement patrols;

	private long register(String user, String township, String name, List<NearbySchool> schools) {
		return demo.callAs(user,
				() -> waters
					.register(new RegisterWater(township, name, WaterKind.POND, WaterRisk.HIGH,
							"110.93,23.38 110.94,23.38 110.94,23.39", "村委", "张三", "", 1, "", schools))
					.id());
	}

	@Test
	void aResentPatrolAnswersTheSameRecordAndIsStoredOnce() throws Exception {
		long water = register("tzz_safety", "450422100", "重发测试塘" + System.nanoTime() % 10000, List.of());
		String clientId = UUID.randomUUID().toString();
		String at = LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusMinutes(30).withNano(0).toString();
		var send = multipart("/api/v1/waters/patrols").param("clientId", clientId)
			.param("waterId", String.valueOf(water))
			.param("patrolledAt", at)
			.param("findings", "BROKEN_SIGN")
			.param("note", "警示牌倒了");
		String first = mvc.perform(send.with(demo.as("tzz_safety")).with(csrf()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		mvc.perform(send.with(demo.as("tzz_safety")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.clientId").value(clientId))
			.andExpect(jsonPath("$.id").value(com.jayway.jsonpath.JsonPath.<Integer>read(first, "$.id")));
		assertThat(demo.jdbc()
			.sql("select count(*) from waters.patrol where client_id = cast(:c as uuid)")
			.param("c", clientId)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(demo.jdbc()
			.sql("select count(*) from waters.finding where water_id = :w")
			.param("w", water)
			.query(Integer.class)
			.single()).isEqualTo(1);
		// someone else's client id is not theirs to read back
		mvc.perform(multipart("/api/v1/waters/patrols").param("clientId", clientId)
			.param("waterId", String.valueOf(water))
			.param("patrolledAt", at)
			.with(demo.as("tx_safety"))
			.with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void anotherCountysWaterIsNotFound() throws Exception {
		long elsewhere = register("admin", "450421100", "苍梧县测试塘" + System.nanoTime() % 10000, List.of());
		mvc.perform(get("/waters/{id}", elsewhere).with(demo.as("tx_safety"))).andExpect(status().isNotFound());
		assertThatThrownBy(() -> demo.callAs("tzz_safety", () -> waters.detail(elsewhere)))
			.isInstanceOf(NotFound.class);
		assertThat(demo.callAs("tx_safety", () -> waters.list())).noneMatch(w -> w.id() == elsewhere);
	}

	@Test
	void aSchoolSeesOnlyTheWatersNearItAndATeacherCannotKeepTheRegister() throws Exception {
		long school = demo.schoolOf("principal");
		String region = demo.jdbc()
			.sql("select region_code from org.school where id = :s")
			.param("s", school)
			.query(String.class)
			.single();
		String township = region.length() == 9 ? region : "450422100";
		long near = register("tx_safety", township, "学校旁的塘" + System.nanoTime() % 10000,
				List.of(new NearbySchool(school, 250, null, null)));
		long far = register("tx_safety", township, "远处的塘" + System.nanoTime() % 10000, List.of());
		assertThat(demo.callAs("teacher", () -> waters.list())).anyMatch(w -> w.id() == near)
			.noneMatch(w -> w.id() == far);
		mvc.perform(get("/waters/{id}", far).with(demo.as("principal"))).andExpect(status().isNotFound());
		mvc.perform(get("/waters/{id}", near).with(demo.as("teacher"))).andExpect(status().isOk());
		assertThatThrownBy(
				() -> demo
					.callAs("teacher",
							() -> waters.update(near, new RegisterWater(null, "改名", WaterKind.POND, WaterRisk.LOW,
									"110.93,23.38", "村委", "张三", "", 1, "", List.of()))))
			.isInstanceOf(AccessDenied.class);
		mvc.perform(get("/waters/{id}/edit", near).with(demo.as("teacher"))).andExpect(status().isForbidden());
	}

	@Test
	void theRegisterAndThePatrolsExportAsWorkbooks() throws Exception {
		for (String path : List.of("/waters/export", "/waters/patrols/export")) {
			byte[] book = mvc.perform(get(path).with(demo.as("tx_safety")))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("spreadsheetml")))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(cellText(book)).contains(path.contains("patrols") ? "北流河藤州镇段" : "西江（浔江）藤县段");
		}
	}

	private static String cellText(byte[] book) {
		return cn.xiaoan.support.Sheets.read(book).toString();
	}

}
