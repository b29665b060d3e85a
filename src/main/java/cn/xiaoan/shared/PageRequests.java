package cn.xiaoan.shared;

import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;

/**
 * Whether a handler's answer is a page rendered with the layout. The layout's model (menu
 * with its badges, unread count: several queries) is added after the handler by
 * interceptors that ask this, so an API call builds none of it. Before, it came from
 * {@code @ControllerAdvice(annotations = Controller.class)} {@code @ModelAttribute}
 * methods, which also reach every {@code @RestController} (meta-annotated with
 * {@code @Controller}): each API call paid for creating and invoking them (ADR 0049, ADR
 * 0060).
 */
public final class PageRequests {

	private PageRequests() {
	}

	/**
	 * A view to render: not the response body (the API answers none), a redirect or a
	 * forward.
	 */
	public static boolean rendersPage(@Nullable ModelAndView answer) {
		if (answer == null || !answer.isReference() && answer.getView() == null) {
			return false;
		}
		if (answer.getView() instanceof SmartView view && view.isRedirectView()) {
			return false;
		}
		String name = answer.getViewName();
		return name == null || !(name.startsWith("redirect:") || name.startsWith("forward:"));
	}

}
