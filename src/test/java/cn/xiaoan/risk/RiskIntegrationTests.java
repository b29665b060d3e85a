package cn.xiaoan.risk;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Risk grading end to end: adopt a template, assess it, the bureau's list, the cards, the
 * map, bad input and other tenants.
 */
@PlatformTest
class RiskIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	RiskFixture risks;

	@org.junit.jupiter.api.BeforeEach
	void fixture() {
		risks = new RiskFixture(mvc, demo);
	}

	@Test
	void aRedPointOfTengxianReachesItsCountyListButNoOtherProvince() throws Exception {
		long point = risks.adopt("principal", risks.template("FIRE", "学生宿舍消防"));
		String assessed = risks.send("principal", post("/api/v1/risks/{id}/assessment", point), """
				{"method":"LEC","l":10,"e":6,"c":7,"controlMeasures":"每晚宿管检查违禁电器","responsiblePerson":"李校长"}""")
			.getContentAsString();
		assertThat((String) JsonPath.read(assessed, "$.level")).isEqualTo("MAJOR");
		assertThat(((Number) JsonPath.read(assessed, "$.score")).intValue()).isEqualTo(420);
		assertThat((String) JsonPath.read(assessed, "$.reviewDue")).isEqualTo(LocalDate.now().plusDays(180).toString());

		assertThat(json("tx_safety", get("/api/v1/risks").param("levels", "MAJOR,LARGER"))).contains("\"id\":" + point);
		assertThat(json("wz_admin", get("/api/v1/risks").param("levels", "MAJOR"))).contains("\"id\":" + point);
		assertThat(json("sz_admin", get("/api/v1/risks").param("levels", "MAJOR,LARGER")))
			.doesNotContain("\"id\":" + point);
		assertThat(json("tx_safety", get("/api/v1/risks").param("levels", "LOW"))).doesNotContain("\"id\":" + point);
		String page = mvc.perform(get("/risks/major").with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("学生宿舍消防").contains("重大风险（红）").contains("藤县");
		assertThat(mvc.perform(get("/risks/major").with(demo.as("sz_admin")))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("/risks/" + point + "\"");

		String ls = risks.send("principal", post("/api/v1/risks/{id}/assessment", point), """
				{"method":"LS","l":3,"s":4,"controlMeasures":"加装烟感","responsiblePerson":"王主任"}""").getContentAsString();
		assertThat((String) JsonPath.read(ls, "$.level")).isEqualTo("GENERAL");
		assertThat((Object) JsonPath.read(ls, "$.e")).isNull();
	}

	@Test
	void theCardIsAPdfWithTheChineseText() throws Exception {
		long point = risks.adopt("safety", risks.template("CANTEEN", "食品留样"));
		risks.send("safety", post("/api/v1/risks/{id}/assessment", point), """
				{"method":"LS","l":5,"s":4,"controlMeasures":"每餐每样留样不少于125克，冷藏48小时以上","responsiblePerson":"食堂主任张伟"}""");
		MockHttpServletResponse response = mvc.perform(get("/risks/{id}/card.pdf", point).with(demo.as("principal")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		// Kept for a look with pdftoppm: the card must be readable when printed.
		java.nio.file.Files.write(java.nio.file.Path.of("target/risk-card.pdf"), response.getContentAsByteArray());
		String text = new PdfTextExtractor(new PdfReader(response.getContentAsByteArray())).getTextFromPage(1);
		assertThat(text).contains("安全风险告知卡")
			.contains("食品留样")
			.contains("125克")
			.contains("119")
			.contains("重大风险（红）")
			.contains("食堂主任张伟");

		byte[] sheet = mvc
			.perform(get("/schools/{id}/risks/cards.pdf", demo.schoolOf("principal")).with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		PdfReader reader = new PdfReader(sheet);
		assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(1);
		StringBuilder all = new StringBuilder();
		for (int i = 1; i <= reader.getNumberOfPages(); i++) {
			all.append(new PdfTextExtractor(reader).getTextFromPage(i));
		}
		assertThat(all).contains("食品留样");
	}

	@Test
	void theMapStoresAReencodedPlanAndPlacesPoints() throws Exception {
		long school = demo.schoolOf("principal");
		long point = risks.adopt("principal", risks.template("BUILDING", "教学楼楼梯及通道"));
		mvc.perform(multipart("/schools/{id}/risk-map", school).file(RiskFixture.plan())
			.with(demo.as("principal"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		MockHttpServletResponse image = mvc
			.perform(get("/schools/{id}/risk-map/image", school).with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(image.getContentType()).isEqualTo("image/png");
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(image.getContentAsByteArray())).getWidth())
			.isEqualTo(400);
		risks.send("principal", put("/api/v1/risks/{id}/position", point), "{\"x\":25.5,\"y\":40}");
		String page = mvc.perform(get("/schools/{id}/risk-map", school).with(demo.as("principal")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<circle").contains("cx=\"102.0\"").contains("教学楼楼梯及通道");
	}

	@Test
	void badInputIsRefusedWithFieldErrors() throws Exception {
		long school = demo.schoolOf("principal");
		long point = risks.adopt("principal", risks.template("SPORTS", "运动会"));
		mvc.perform(post("/api/v1/risks/{id}/assessment", point).with(demo.as("principal"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"method\":\"LEC\",\"l\":7,\"e\":6,\"c\":50,\"controlMeasures\":\"\",\"responsiblePerson\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.l").value(org.hamcrest.Matchers.containsString("L 取值须为")))
			.andExpect(jsonPath("$.errors.c").exists())
			.andExpect(jsonPath("$.errors.e").doesNotExist())
			.andExpect(jsonPath("$.errors.responsiblePerson").value("必填。"));
		mvc.perform(post("/api/v1/risks/{id}/assessment", point).with(demo.as("principal"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"method\":\"LS\",\"l\":6,\"s\":0,\"controlMeasures\":\"x\",\"responsiblePerson\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.l").exists())
			.andExpect(jsonPath("$.errors.s").exists());
		String longName = "长".repeat(101);
		mvc.perform(put("/api/v1/risks/{id}", point).with(demo.as("principal"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + longName + "\",\"hazardFactors\":\"h\",\"accidentTypes\":\"a\","
					+ "\"emergencyMeasures\":\"e\",\"reportPhone\":\"" + "1".repeat(31) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.name").value("不能超过100个字。"))
			.andExpect(jsonPath("$.errors.reportPhone").exists());
		mvc.perform(put("/api/v1/risks/{id}/position", point).with(demo.as("principal"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"x\":150,\"y\":-1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.x").exists());

		String form = mvc
			.perform(post("/risks/{id}/assessment", point).with(demo.as("principal"))
				.with(csrf())
				.param("method", "LEC")
				.param("l", "11")
				.param("e", "abc")
				.param("c", "100")
				.param("controlMeasures", "x")
				.param("responsiblePerson", "x"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("L 取值须为").contains("E 取值须为").doesNotContain("C 取值须为");

		// a refused plan goes back to the map with its error under the file input
		String mapPage = "/schools/" + school + "/risk-map";
		MvcResult refused = mvc
			.perform(multipart("/schools/{id}/risk-map", school)
				.file(new MockMultipartFile("file", "plan.png", "image/png", "<svg onload=alert(1)>".getBytes()))
				.with(demo.as("principal"))
				.with(csrf())
				.header("Referer", "http://localhost" + mapPage))
			.andExpect(redirectedUrl(mapPage))
			.andReturn();
		String upload = mvc
			.perform(cn.xiaoan.support.RefusedForms.withFlashOf(refused, get(mapPage).with(demo.as("principal"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(upload).contains("is-invalid", "<div class=\"invalid-feedback\">只能上传PNG或JPEG图片。</div>");
		byte[] huge = new byte[10 * 1024 * 1024 + 1];
		huge[0] = (byte) 0x89;
		mvc.perform(multipart("/schools/{id}/risk-map", school)
			.file(new MockMultipartFile("file", "plan.png", "image/png", huge))
			.with(demo.as("principal"))
			.with(csrf())
			.header("Referer", "http://localhost" + mapPage))
			.andExpect(redirectedUrl(mapPage))
			.andExpect(flash().attribute("fieldErrors", hasKey("file")));
		mvc.perform(post("/api/v1/schools/{id}/risks", school).with(demo.as("principal"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"templateId\":999999}")).andExpect(status().isBadRequest());
	}

	@Test
	void aBureauAddsTemplatesForItsRegionOnly() throws Exception {
		String created = risks.send("tx_admin", post("/api/v1/risk-library"), """
				{"categoryCode":"SURROUNDINGS","name":"藤县西江码头","hazardFactors":"学生在码头逗留","accidentTypes":"溺水",
				 "controlMeasures":"联系海事部门设警示","emergencyMeasures":"呼救并拨打120"}""").getContentAsString();
		assertThat((String) JsonPath.read(created, "$.regionPrefix")).isEqualTo("450422");
		assertThat(json("principal", get("/api/v1/risk-library"))).contains("藤县西江码头");
		assertThat(json("wz_admin", get("/api/v1/risk-library"))).contains("藤县西江码头");
		assertThat(json("principal2", get("/api/v1/risk-library"))).doesNotContain("藤县西江码头");
		assertThat(JsonPath.<Integer>read(json("principal2", get("/api/v1/risk-library")), "$.length()"))
			.isGreaterThanOrEqualTo(100);
		mvc.perform(post("/api/v1/risk-library").with(demo.as("principal"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(created)).andExpect(status().isForbidden());
		long regional = ((Number) JsonPath.read(created, "$.id")).longValue();
		mvc.perform(post("/api/v1/schools/{id}/risks", demo.schoolOf("principal2")).with(demo.as("principal2"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"templateId\":" + regional + "}")).andExpect(status().isBadRequest());
	}

	private String json(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.with(demo.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
