package cn.xiaoan.notification;

import cn.xiaoan.shared.PageRequests;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page's model holds {@code unreadMessages}: the caller's unread count, null when
 * no one is signed in (the home page shows it as a tile, the menu as a badge on 消息).
 */
@ControllerAdvice(annotations = Controller.class)
class UnreadMessagesAdvice {

	private final UnreadMessages unread;

	UnreadMessagesAdvice(UnreadMessages unread) {
		this.unread = unread;
	}

	@ModelAttribute("unreadMessages")
	Long unreadMessages(HttpServletRequest request) {
		return PageRequests.rendersPage(request) ? unread.forPage() : null;
	}

}
