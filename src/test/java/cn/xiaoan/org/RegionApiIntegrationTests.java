package cn.xiaoan.org;

import java.util.List;

import javax.sql.DataSource;

import cn.xiaoan.support.Demo;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.Sheets;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The region API of the lead's journey: scope, roles, imports and school moves. */
@PlatformTest
class RegionApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	DataSource dataSource;

	@Test
	void aCountyAdministersItsTownshipsButNotItselfNorANeighbourAndOtherRolesNothing() throws Exception {
		mvc.perform(json(post("/api/v1/regions"), "tx_admin",
				"{\"code\":\"450422990\",\"name\":\"藤县测试镇\",\"parentCode\":\"450422\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.level").value("TOWNSHIP"));
		mvc.perform(json(put("/api/v1/regions/450422990"), "tx_admin", "{\"name\":\"藤县新测试镇\",\"reason\":\"更名测试\"}"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/regions/450422990/history").with(demo.as("tx_admin")))
			.andExpect(jsonPath("$.changes[0].oldValue").value("藤县测试镇"))
			.andExpect(jsonPath("$.changes[0].reason").value("更名测试"));
		mvc.perform(json(put("/api/v1/regions/450422"), "tx_admin", "{\"name\":\"藤州\",\"reason\":\"改自己\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(json(put("/api/v1/regions/450423100"), "tx_admin", "{\"name\":\"邻县\",\"reason\":\"越权\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(json(post("/api/v1/regions/450421100/retire"), "tx_admin", "{\"reason\":\"越权\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(json(post("/api/v1/regions"), "tx_admin",
				"{\"code\":\"450423990\",\"name\":\"邻县新镇\",\"parentCode\":\"450423\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(json(post("/api/v1/regions"), "tx_admin",
				"{\"code\":\"450422991\",\"name\":\"挂错上级\",\"parentCode\":\"450400\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.parentCode").exists());
		mvc.perform(json(put("/api/v1/regions/450422990"), "tx_safety", "{\"name\":\"x\",\"reason\":\"y\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(json(put("/api/v1/regions/450422990"), "principal", "{\"name\":\"x\",\"reason\":\"y\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/regions/catalogue").with(demo.as("tx_safety"))).andExpect(status().isForbidden());
		mvc.perform(json(post("/api/v1/regions/catalogue/450000/load"), "wz_admin", "{\"townships\":true}"))
			.andExpect(status().isNotFound());
		mvc.perform(json(post("/api/v1/regions/450422990/retire"), "tx_admin", "{\"reason\":\"测试结束\"}"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/regions").param("parent", "450422").with(demo.as("tx_admin")))
			.andExpect(jsonPath("$[?(@.code == '450422990')].retired").value(hasItem(true)));
	}

	@Test
	void theProvinceBureauLoadsItsOwnProvinceAndASecondRunAddsNothing() throws Exception {
		mvc.perform(get("/api/v1/regions/catalogue").with(demo.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == '450000')].name").value(hasItem("广西壮族自治区")));
		mvc.perform(json(post("/api/v1/regions/catalogue/450000/load"), "gx_admin", "{\"townships\":true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.added").value(0));
		mvc.perform(json(post("/api/v1/regions/catalogue/990000/load"), "admin", "{}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aBadRegionWorkbookIsRefusedWholeWithRowAndColumnOfEachProblem() throws Exception {
		byte[] bad = Sheets.xlsx(RegionSpreadsheet.HEADERS,
				List.of(List.of("450422992", "好的一行", "450422"), List.of("450499001", "坏上级", "450499"),
						List.of("12345", "坏代码", "450422"), List.of("450422993", "", "450422"),
						List.of("450422992", "重复", "450422")));
		mvc.perform(multipart("/api/v1/regions/imports").file(new MockMultipartFile("file", "r.xlsx", null, bad))
			.with(demo.as("admin"))
			.with(csrf())
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[?(@.row == 3)].column").value(hasItem("C 上级代码")))
			.andExpect(jsonPath("$.problems[?(@.row == 3)].message").value(hasItem("上级代码 450499 不存在")))
			.andExpect(jsonPath("$.problems[?(@.row == 4)].column").value(hasItem("A 行政区划代码")))
			.andExpect(jsonPath("$.problems[?(@.row == 5)].column").value(hasItem("B 名称")))
			.andExpect(jsonPath("$.problems[?(@.row == 6)].column").value(hasItem("A 行政区划代码")));
		assertThat(demo.jdbc()
			.sql("select count(*) from org.region where code = '450422992'")
			.query(Integer.class)
			.single()).isZero();

		byte[] good = Sheets.xlsx(RegionSpreadsheet.HEADERS, List.of(List.of("450422994", "藤县导入镇", "450422")));
		mvc.perform(multipart("/api/v1/regions/imports").file(new MockMultipartFile("file", "r.xlsx", null, good))
			.with(demo.as("tx_admin"))
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
		mvc.perform(multipart("/api/v1/regions/imports").file(new MockMultipartFile("file", "r.xlsx", null, good))
			.with(demo.as("ms_admin"))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].column").value("A 行政区划代码"));
	}

	@Test
	void schoolsAreImportedThroughTheApiWithTheTemplateOfThePage() throws Exception {
		mvc.perform(get("/api/v1/schools/import/template").with(demo.as("ms_admin")))
			.andExpect(status().isOk())
			.andExpect(content()
				.contentTypeCompatibleWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		byte[] bad = Sheets.xlsx(SchoolSpreadsheet.HEADERS, List.of(List.of("2450423950", "蒙山县接口小学", "城堡", "450423")));
		mvc.perform(multipart("/api/v1/schools/imports").file(new MockMultipartFile("file", "s.xlsx", null, bad))
			.with(demo.as("ms_admin"))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0].row").value(2))
			.andExpect(jsonPath("$.problems[0].column").value("C 学校类型"));
		byte[] good = Sheets.xlsx(SchoolSpreadsheet.HEADERS, List.of(List.of("2469007950", "文昌接口小学", "小学", "469005")));
		mvc.perform(json(post("/api/v1/regions/catalogue/460000/load"), "admin", "{\"townships\":false}"))
			.andExpect(status().isOk());
		mvc.perform(multipart("/api/v1/schools/imports").file(new MockMultipartFile("file", "s.xlsx", null, good))
			.with(demo.as("admin"))
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
	}

	@Test
	void aSchoolMovedToAnotherRegionShowsTheReasonOnItsPage() throws Exception {
		mvc.perform(json(post("/api/v1/regions/catalogue/460000/load"), "admin", "{\"townships\":true}"))
			.andExpect(status().isOk());
		mvc.perform(json(post("/api/v1/schools"), "admin", """
				{"code":"2469001960","name":"毛阳镇迁移小学","type":"PRIMARY","regionCode":"469001102","address":"",
				 "phone":"","boarding":false,"studentCount":100,"boarderCount":0,"staffCount":10}"""))
			.andExpect(status().isCreated());
		long id = demo.jdbc().sql("select id from org.school where code = '2469001960'").query(Long.class).single();
		mvc.perform(json(put("/api/v1/schools/" + id + "/region"), "admin",
				"{\"regionCode\":\"469001103\",\"reason\":\"就近划转到番阳镇\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.regionCode").value("469001103"));
		mvc.perform(get("/schools/" + id).with(demo.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("就近划转到番阳镇")));
		mvc.perform(json(put("/api/v1/schools/" + id + "/region"), "tx_admin",
				"{\"regionCode\":\"450422\",\"reason\":\"越权\"}"))
			.andExpect(status().isNotFound());
		long tengxian = demo.schoolsIn("450422").get(0);
		mvc.perform(json(put("/api/v1/schools/" + tengxian + "/region"), "tx_admin",
				"{\"regionCode\":\"450423\",\"reason\":\"越权\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.regionCode").exists());
		mvc.perform(json(put("/api/v1/schools/" + demo.schoolOf("principal") + "/region"), "principal",
				"{\"regionCode\":\"450422\",\"reason\":\"自己改\"}"))
			.andExpect(status().isForbidden());
	}

	/**
	 * The export and the import read the regions under the caller outside a transaction:
	 * each used to keep its pooled connection, so 20 exports took the whole pool and
	 * every later request waited for a connection (the malformed-input sweep hung on it).
	 */
	@Test
	void exportingAndImportingRegionsGiveTheirDatabaseConnectionsBack() throws Exception {
		HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
		int before = pool.getActiveConnections();
		byte[] refused = Sheets.xlsx(RegionSpreadsheet.HEADERS, List.of(List.of("450423995", "邻县的镇", "450423")));
		for (int i = 0; i < 3; i++) {
			mvc.perform(get("/api/v1/regions/export").with(demo.as("tx_admin"))).andExpect(status().isOk());
			mvc.perform(
					multipart("/api/v1/regions/imports").file(new MockMultipartFile("file", "r.xlsx", null, refused))
						.with(demo.as("tx_admin"))
						.with(csrf()))
				.andExpect(status().isBadRequest());
		}
		// other tests' background work may hold a connection for a moment
		long deadline = System.currentTimeMillis() + 5_000;
		while (pool.getActiveConnections() > before && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		assertThat(pool.getActiveConnections()).as("connections still held after the requests")
			.isLessThanOrEqualTo(before);
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
		return request.with(demo.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
