package cn.xiaoan.shared;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout's model (menu, badges, unread count) is built for pages only: a
 * {@code @RestController} is a {@code @Controller} too, so the advice reached every API
 * call (ADR 0049).
 */
class PageRequestsTests {

	@RestController
	static class Api {

		String answer() {
			return "{}";
		}

	}

	@Controller
	static class Pages {

		String page() {
			return "home";
		}

		@ResponseBody
		String fragment() {
			return "{}";
		}

	}

	private static MockHttpServletRequest handledBy(Object bean, String method) throws Exception {
		var request = new MockHttpServletRequest();
		request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
				new HandlerMethod(bean, bean.getClass().getDeclaredMethod(method)));
		return request;
	}

	@Test
	void aRestControllersAnswerAndAResponseBodyMethodRenderNoPage() throws Exception {
		assertThat(PageRequests.rendersPage(handledBy(new Api(), "answer"))).isFalse();
		assertThat(PageRequests.rendersPage(handledBy(new Pages(), "fragment"))).isFalse();
	}

	@Test
	void aControllersViewAndARequestWithoutAHandlerMethodArePages() throws Exception {
		assertThat(PageRequests.rendersPage(handledBy(new Pages(), "page"))).isTrue();
		assertThat(PageRequests.rendersPage(new MockHttpServletRequest())).as("an error page rendered outside MVC")
			.isTrue();
	}

}
