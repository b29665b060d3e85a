package cn.xiaoan.support;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Follows a refused form the way a browser does: the post is sent from its page (the
 * {@code Referer}), is redirected back there, and the page is shown with the flashed
 * errors and typed values.
 */
public final class RefusedForms {

	private RefusedForms() {
	}

	/**
	 * The next request of the browser that got {@code result}: the flash attributes live
	 * in the shared session (ADR 0046), so it comes back with that session's cookie.
	 */
	public static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder withFlashOf(
			MvcResult result, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder next) {
		jakarta.servlet.http.Cookie session = result.getResponse().getCookie("JSESSIONID");
		return session != null ? next.cookie(session) : next.flashAttrs(result.getFlashMap());
	}

	/**
	 * The page {@code pagePath} as shown after {@code post} (sent from it) is refused.
	 */
	public static String shownAfter(MockMvc mvc, RequestPostProcessor caller, String pagePath,
			AbstractMockHttpServletRequestBuilder<?> post) throws Exception {
		MvcResult refused = mvc.perform(post.with(caller).with(csrf()).header("Referer", "http://localhost" + pagePath))
			.andExpect(redirectedUrl(pagePath))
			.andReturn();
		return mvc.perform(withFlashOf(refused, get(pagePath).with(caller)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
