package cn.xiaoan.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Whether a request is answered with a page. {@code @ControllerAdvice(annotations =
 * Controller.class)} also reaches every {@code @RestController} (it is meta-annotated
 * with {@code @Controller}), so the layout's model (menu, badges, unread count: several
 * queries) was built for every API call, a quiz submission included (ADR 0049).
 */
public final class PageRequests {

	private PageRequests() {
	}

	/** False for a handler that writes its answer as the response body (the API). */
	public static boolean rendersPage(HttpServletRequest request) {
		if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod method) {
			return !(method.hasMethodAnnotation(ResponseBody.class)
					|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class));
		}
		return true;
	}

}
