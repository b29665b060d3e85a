package cn.xiaoan.notification;

import cn.xiaoan.shared.PageRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every page's model holds {@code unreadMessages}: the caller's unread count, null when
 * no one is signed in (the home page shows it as a tile, the menu as a badge on 消息).
 * Added after the handler, for pages only: an API call counts nothing (ADR 0060).
 */
@Configuration(proxyBeanMethods = false)
class UnreadMessagesLayout implements WebMvcConfigurer, HandlerInterceptor {

	private final UnreadMessages unread;

	UnreadMessagesLayout(UnreadMessages unread) {
		this.unread = unread;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView answer) {
		if (PageRequests.rendersPage(answer) && !answer.getModelMap().containsAttribute("unreadMessages")) {
			answer.addObject("unreadMessages", unread.forPage());
		}
	}

}
