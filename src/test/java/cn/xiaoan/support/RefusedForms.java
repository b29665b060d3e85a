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
	 * The page {@code pagePath} as shown after {@code post} (sent from it) is refused.
	 */
	public static String shownAfter(MockMvc mvc, RequestPostProcessor caller, String pagePath,
			AbstractMockHttpServletRequestBuilder<?> post) throws Exception {
		MvcResult refused = mvc.perform(post.with(caller).with(csrf()).header("Referer", "http://localhost" + pagePath))
			.andExpect(redirectedUrl(pagePath))
			.andReturn();
		return mvc.perform(get(pagePath).with(caller).flashAttrs(refused.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
