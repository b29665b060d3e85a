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

/** Adopting library templates and sending requests for the risk tests. */
class RiskFixture {

	private final MockMvc mvc;

	private final Demo demo;

	RiskFixture(MockMvc mvc, Demo demo) {
		this.mvc = mvc;
		this.demo = demo;
	}

	long template(String category, String name) {
		return demo.jdbc()
			.sql("select id from risk.template where category_code = :c and name = :n and region_code is null")
			.param("c", category)
			.param("n", name)
			.query(Long.class)
			.single();
	}

	long adopt(String user, long template) throws Exception {
		String body = send(user, post("/api/v1/schools/{id}/risks", demo.schoolOf(user)),
				"{\"templateId\":" + template + "}")
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	MockHttpServletResponse send(String user, AbstractMockHttpServletRequestBuilder<?> request, String json)
			throws Exception {
		MockHttpServletResponse response = mvc
			.perform(request.with(demo.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 201);
		return response;
	}

	static MockMultipartFile plan() {
		try {
			BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
			java.awt.Graphics2D g = image.createGraphics();
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, 400, 300);
			g.setColor(java.awt.Color.DARK_GRAY);
			g.drawRect(40, 40, 150, 80);
			g.drawRect(220, 40, 140, 200);
			g.dispose();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return new MockMultipartFile("file", "campus.png", "image/png", out.toByteArray());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
