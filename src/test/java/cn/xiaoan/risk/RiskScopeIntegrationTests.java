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
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every risk endpoint of 藤县's school refuses another school's principal and another
 * province's bureau.
 */
@PlatformTest
class RiskScopeIntegrationTests {

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
	void otherTenantsAreRefusedEveryRiskEndpointOfTengxian() throws Exception {
		long school = demo.schoolOf("principal");
		long point = risks.adopt("principal", risks.template("LAB", "化学实验室"));
		mvc.perform(multipart("/schools/{id}/risk-map", school).file(RiskFixture.plan())
			.with(demo.as("principal"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		for (String user : new String[] { "principal2", "sz_admin" }) {
			for (var probe : probes(school, point).entrySet()) {
				int status = mvc.perform(probe.getValue().with(demo.as(user)).with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(status).as(user + " → " + probe.getKey()).isIn(403, 404);
			}
		}
		// Same school, but no right to change its inventory.
		mvc.perform(post("/api/v1/risks/{id}/assessment", point).with(demo.as("headteacher"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"method\":\"LS\",\"l\":1,\"s\":1,\"controlMeasures\":\"x\",\"responsiblePerson\":\"x\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/risks/{id}", point).with(demo.as("headteacher"))).andExpect(status().isOk());
	}

	private static Map<String, AbstractMockHttpServletRequestBuilder<?>> probes(long school, long point) {
		String assess = "{\"method\":\"LS\",\"l\":5,\"s\":5,\"controlMeasures\":\"x\",\"responsiblePerson\":\"x\"}";
		Map<String, AbstractMockHttpServletRequestBuilder<?>> p = new LinkedHashMap<>();
		p.put("page inventory", get("/schools/{id}/risks", school));
		p.put("page adopt", post("/schools/{id}/risks", school).param("templateId", "1"));
		p.put("page detail", get("/risks/{id}", point));
		p.put("page assess", post("/risks/{id}/assessment", point).param("method", "LS").param("l", "5"));
		p.put("page edit", post("/risks/{id}", point).param("name", "x"));
		p.put("card pdf", get("/risks/{id}/card.pdf", point));
		p.put("cards pdf", get("/schools/{id}/risks/cards.pdf", school));
		p.put("page map", get("/schools/{id}/risk-map", school));
		p.put("map image", get("/schools/{id}/risk-map/image", school));
		p.put("map upload", multipart("/schools/{id}/risk-map", school).file(RiskFixture.plan()));
		p.put("map place",
				post("/schools/{id}/risk-map/position", school).param("pointId", String.valueOf(point))
					.param("x", "1")
					.param("y", "1"));
		p.put("api inventory", get("/api/v1/schools/{id}/risks", school));
		p.put("api adopt", post("/api/v1/schools/{id}/risks", school).contentType(MediaType.APPLICATION_JSON)
			.content("{\"templateId\":1}"));
		p.put("api point", get("/api/v1/risks/{id}", point));
		p.put("api edit", put("/api/v1/risks/{id}", point).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"x\",\"hazardFactors\":\"h\",\"accidentTypes\":\"a\",\"emergencyMeasures\":\"e\"}"));
		p.put("api assess",
				post("/api/v1/risks/{id}/assessment", point).contentType(MediaType.APPLICATION_JSON).content(assess));
		p.put("api position", put("/api/v1/risks/{id}/position", point).contentType(MediaType.APPLICATION_JSON)
			.content("{\"x\":1,\"y\":1}"));
		return p;
	}

}
