package cn.xiaoan.notification;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The caller's unread count for the page being rendered: counted at most once per request
 * (the menu badge and the {@code unreadMessages} model attribute share it), and not at
 * all for an htmx fragment, which shows no menu.
 */
@Component
class UnreadMessages {

	private static final String COUNTED = UnreadMessages.class.getName() + ".count";

	private final Notifications notifications;

	UnreadMessages(Notifications notifications) {
		this.notifications = notifications;
	}

	/** The count, or null when no one is signed in or the request is a fragment. */
	Long forPage(CurrentUser user) {
		if (user == null || user.mustChangePassword()) {
			return null;
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return null;
		}
		Object counted = request.getAttribute(COUNTED, RequestAttributes.SCOPE_REQUEST);
		if (counted instanceof Long count) {
			return count;
		}
		if (request instanceof org.springframework.web.context.request.ServletRequestAttributes servlet
				&& fragment(servlet.getRequest())) {
			return null;
		}
		long count = notifications.unreadCount();
		request.setAttribute(COUNTED, count, RequestAttributes.SCOPE_REQUEST);
		return count;
	}

	Long forPage() {
		return forPage(Callers.currentOrNull());
	}

	private static boolean fragment(HttpServletRequest request) {
		return request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
	}

}
