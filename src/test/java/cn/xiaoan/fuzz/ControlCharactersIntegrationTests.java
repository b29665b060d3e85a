package cn.xiaoan.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A NUL byte (PostgreSQL text cannot hold one) or another control character in a text
 * field is refused once for every form and JSON body, naming the field with "含有不可见的控制字符"
 * — never a 500. Nothing is written, so this runs on the shared demo data.
 */
@PlatformTest
class ControlCharactersIntegrationTests {

	private static final String MESSAGE = "含有不可见的控制字符";

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/**
	 * Every form with a text field, as a system administrator, a principal and a teacher
	 * of the demo school (its id in the forms under {@code /schools/{id}}).
	 */
	@Test
	void everyFormWithATextFieldRefusesANulByteWithAMessage() throws Exception {
		List<String> notRefused = new ArrayList<>();
		int forms = 0;
		String school = String.valueOf(demo.schoolOf("principal"));
		for (Route form : FormRoutes.of(mappings)) {
			List<String> texts = form.fields()
				.entrySet()
				.stream()
				.filter(f -> f.getValue().textual())
				.map(Map.Entry::getKey)
				.toList();
			if (texts.isEmpty()) {
				continue;
			}
			forms++;
			String path = form.path().replaceAll("schools/\\{\\w+}", "schools/" + school).replaceAll("\\{\\w+}", "1");
			for (String caller : List.of("admin", "principal", "teacher")) {
				String outcome = refusal(form, path, caller, texts);
				if (outcome != null) {
					notRefused.add(form + " as " + caller + " → " + outcome);
				}
			}
		}
		notRefused.forEach(f -> System.out.println("NUL taken: " + f));
		assertThat(forms).isGreaterThan(30);
		assertThat(notRefused).as("forms that took a NUL byte").isEmpty();
	}

	/**
	 * What went wrong when the form was sent with a NUL byte in every text (null:
	 * refused).
	 */
	private String refusal(Route form, String path, String caller, List<String> texts) {
		AbstractMockHttpServletRequestBuilder<?> request = form.files().isEmpty() ? post(path)
				: MockMvcRequestBuilders.multipart(HttpMethod.POST, java.net.URI.create(path));
		form.fields()
			.forEach((name, type) -> request.param(name,
					type.textual() ? "甲\u0000乙" : MalformedInput.text(type.plausible())));
		MvcResult result;
		try {
			result = mvc.perform(request.with(demo.as(caller)).with(csrf()).header("Referer", "http://localhost/"))
				.andReturn();
		}
		catch (Exception ex) {
			return "500 " + ex.getMessage().lines().findFirst().orElse("");
		}
		int status = result.getResponse().getStatus();
		Object shown = result.getFlashMap().get("fieldErrors");
		if (status == 403 || status == 404) {
			return null; // refused before the fields were read (not this caller's form or
							// record)
		}
		if (status != 302 || !(shown instanceof Map<?, ?> fields) || !fields.keySet().containsAll(texts)
				|| !fields.containsValue(MESSAGE)) {
			return status + " " + shown;
		}
		return null;
	}

	@Test
	void aFormIsShownAgainWithoutTheControlCharacters() throws Exception {
		MvcResult result = mvc
			.perform(post("/hazards/report").param("title", "围墙\u0000裂缝")
				.with(demo.as("teacher"))
				.with(csrf())
				.header("Referer", "http://localhost/hazards/report"))
			.andReturn();
		assertThat(result.getFlashMap().get("formErrors")).isEqualTo(List.of(MESSAGE));
		assertThat(result.getFlashMap().get("formValues")).isEqualTo(Map.of("title", "围墙裂缝"));
	}

	@Test
	void aJsonBodyWithANulByteIsA400NamingTheField() throws Exception {
		mvc.perform(post("/api/v1/hazards").with(demo.as("teacher"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolId\":" + demo.schoolOf("teacher")
					+ ",\"title\":\"围墙\\u0000裂缝\",\"location\":\"操场\",\"category\":\"BUILDINGS\",\"source\":\"AD_HOC\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.title").value(MESSAGE));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/schools")
			.param("text", "a\u0000")
			.with(demo.as("tx_admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.text").value(MESSAGE));
	}

}
